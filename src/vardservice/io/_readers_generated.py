"""The fast readers of a first check, compiled ahead: generated, do not edit.

Written by ``python tests/test_first_use.py`` (:func:`vardservice.io._stored.stored_module`),
which a test runs to see that it is current. Each factory takes the names the generator in
:mod:`vardservice.io._fast` binds and returns the reader of the source stored beside it,
with its class's fingerprint and depth; the generator takes it without writing the source
when the fingerprint and the generator's stamp are as stored, and instead of compiling when
the source is the one it writes now (issue 13, first real use). Its readers are bytecode,
cached as any module's.
"""

# mypy: ignore-errors

def _0(_D1, _KEYS, _MISSING, _Off, _S0, _S1, _S2, _T0, _T1, _cls, _money, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['title']
        if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        n = len(d) - 1
        if (v1 := d.get('needs_funding', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if (v2 := d.get('cost_estimate') if n else None) is not None:
            n -= 1
            v2 = _money(v2)
        _S2(s, v2)
        if n and not d.keys() <= _KEYS: raise _Off
        if type(s.title) is str and not s.title.strip(): raise _Off
        return s
    return read
def _1(_D0, _D1, _D2, _D3, _D4, _D5, _KEYS, _MISSING, _Off, _S0, _S1, _S2, _S3, _S4, _S5, _T0, _T1, _T3, _T4, _T5, _cls, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('background', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        if (v1 := d.get('purpose_and_question', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if (v2 := d.get('assignment_points', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not list: raise _Off
            for x in v2:
                if type(x) is not str or False: raise _Off
            v2 = _tuple(v2)
        _S2(s, v2)
        if (v3 := d.get('delimitations', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not _T3: raise _Off
        _S3(s, v3)
        if (v4 := d.get('group_composition', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if (v5 := d.get('timeline', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5
        else:
            n -= 1
            if type(v5) is not _T5: raise _Off
        _S5(s, v5)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _2(_D0, _D2, _D3, _D4, _DATES, _KEYS, _MISSING, _Off, _S0, _S1, _S2, _S3, _S4, _T0, _T2, _T4, _cls, _date, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('communicator', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        if (v1 := d.get('involved_on') if n else None) is not None:
            n -= 1
            if type(v1) is not str: raise _Off
            v1 = _DATES.get(v1) or _date(v1)
        _S1(s, v1)
        if (v2 := d.get('plan', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('activities', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not list: raise _Off
            for x in v3:
                if type(x) is not str or False: raise _Off
            v3 = _tuple(v3)
        _S3(s, v3)
        if (v4 := d.get('final_report_review', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _3(_D1, _KEYS, _MISSING, _Off, _R0, _REGIONS, _S0, _S1, _T1, _cls, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['region']
        v0 = _REGIONS.get(v0) or _R0(v0)
        _S0(s, v0)
        n = len(d) - 1
        if (v1 := d.get('description', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _4(_A1, _DATES, _Off, _S0, _S1, _S2, _T0, _T1, _V1_0, _cls, _date, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['case_number']
        if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        v1 = d['paragraph']
        if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        v2 = d['date']
        if type(v2) is not str: raise _Off
        v2 = _DATES.get(v2) or _date(v2)
        _S2(s, v2)
        if len(d) != 3: raise _Off
        if type(s.case_number) is str and not s.case_number.strip(): raise _Off
        _V1_0(s, _A1, s.paragraph)
        return s
    return read
def _5(_A6, _D0, _D1, _D2, _D3, _D4, _D7, _D8, _KEYS, _M0, _MISSING, _Off, _R1, _R5, _S0, _S1, _S2, _S3, _S4, _S5, _S6, _S7, _S8, _T2, _T3, _T4, _T6, _T8, _V6_0, _cls, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('sections', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if type(v0) is not list: raise _Off
            for x in v0:
                if x is None: raise _Off
            v0 = _tuple([_M0[x] for x in v0])
        _S0(s, v0)
        if (v1 := d.get('current_state', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not list: raise _Off
            v1 = _tuple([_R1(x) for x in v1])
        _S1(s, v1)
        if (v2 := d.get('analysis', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('feasibility', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not _T3: raise _Off
        _S3(s, v3)
        if (v4 := d.get('displacement_risk', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if (v5 := d.get('follow_up') if n else None) is not None:
            n -= 1
            v5 = _R5(v5)
        _S5(s, v5)
        if (v6 := d.get('pages') if n else None) is not None:
            n -= 1
            if type(v6) is not _T6: raise _Off
        _S6(s, v6)
        if (v7 := d.get('writers', _MISSING) if n else _MISSING) is _MISSING: v7 = _D7
        else:
            n -= 1
            if type(v7) is not list: raise _Off
            for x in v7:
                if type(x) is not str or False: raise _Off
            v7 = _tuple(v7)
        _S7(s, v7)
        if (v8 := d.get('responsible_writer', _MISSING) if n else _MISSING) is _MISSING: v8 = _D8
        else:
            n -= 1
            if type(v8) is not _T8: raise _Off
        _S8(s, v8)
        if n and not d.keys() <= _KEYS: raise _Off
        _V6_0(s, _A6, s.pages)
        return s
    return read
def _6(_D0, _D1, _DATES, _KEYS, _MISSING, _Off, _S0, _S1, _S2, _T0, _cls, _date, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('method', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        if (v1 := d.get('parameters', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not list: raise _Off
            for x in v1:
                if type(x) is not str or False: raise _Off
            v1 = _tuple(v1)
        _S1(s, v1)
        if (v2 := d.get('documented_on') if n else None) is not None:
            n -= 1
            if type(v2) is not str: raise _Off
            v2 = _DATES.get(v2) or _date(v2)
        _S2(s, v2)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _7(_D0, _D1, _D2, _D3, _KEYS, _MISSING, _Off, _S0, _S1, _S2, _S3, _T0, _T1, _T2, _cls, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('how', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        if (v1 := d.get('when', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if (v2 := d.get('by_whom', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('parameters', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not list: raise _Off
            for x in v3:
                if type(x) is not str or False: raise _Off
            v3 = _tuple(v3)
        _S3(s, v3)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _8(_A1, _D2, _D3, _D4, _D5, _D6, _D7, _DATES, _KEYS, _M2, _MISSING, _Off, _R3, _R5, _S0, _S1, _S2, _S3, _S4, _S5, _S6, _S7, _T1, _T4, _T6, _T7, _V1_0, _cls, _date, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['date']
        if type(v0) is not str: raise _Off
        v0 = _DATES.get(v0) or _date(v0)
        _S0(s, v0)
        n = len(d) - 1
        if (v1 := d.get('pages') if n else None) is not None:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if (v2 := d.get('presented_to', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not list: raise _Off
            for x in v2:
                if x is None: raise _Off
            v2 = _tuple([_M2[x] for x in v2])
        _S2(s, v2)
        if (v3 := d.get('presentations', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not list: raise _Off
            v3 = _tuple([_R3(x) for x in v3])
        _S3(s, v3)
        if (v4 := d.get('written_by', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if (v5 := d.get('implementation', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5
        else:
            n -= 1
            if type(v5) is not list: raise _Off
            v5 = _tuple([_R5(x) for x in v5])
        _S5(s, v5)
        if (v6 := d.get('summary', _MISSING) if n else _MISSING) is _MISSING: v6 = _D6
        else:
            n -= 1
            if type(v6) is not _T6: raise _Off
        _S6(s, v6)
        if (v7 := d.get('further', _MISSING) if n else _MISSING) is _MISSING: v7 = _D7
        else:
            n -= 1
            if type(v7) is not _T7: raise _Off
        _S7(s, v7)
        if n and not d.keys() <= _KEYS: raise _Off
        _V1_0(s, _A1, s.pages)
        return s
    return read
def _9(_D1, _D2, _D4, _KEYS, _M1, _MISSING, _Off, _R3, _REGIONS, _S0, _S1, _S2, _S3, _S4, _T0, _T2, _T4, _cls, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['name']
        if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        n = len(d) - 1
        if (v1 := d.get('role', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if v1 is None: raise _Off
            v1 = _M1[v1]
        _S1(s, v1)
        if (v2 := d.get('profession', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('region') if n else None) is not None:
            n -= 1
            v3 = _REGIONS.get(v3) or _R3(v3)
        _S3(s, v3)
        if (v4 := d.get('from_office', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if n and not d.keys() <= _KEYS: raise _Off
        if type(s.name) is str and not s.name.strip(): raise _Off
        return s
    return read
def _10(_D2, _KEYS, _MISSING, _Off, _R1, _REGIONS, _S0, _S1, _S2, _T0, _T2, _cls, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['parameter']
        if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        n = len(d) - 1
        if (v1 := d.get('region') if n else None) is not None:
            n -= 1
            v1 = _REGIONS.get(v1) or _R1(v1)
        _S1(s, v1)
        if (v2 := d.get('value', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if n and not d.keys() <= _KEYS: raise _Off
        if type(s.parameter) is str and not s.parameter.strip(): raise _Off
        return s
    return read
def _11(_D2, _D4, _DATES, _KEYS, _M0, _M6, _M8, _M9, _MISSING, _Off, _R10, _R7, _REGIONS, _S0, _S1, _S10, _S2, _S3, _S4, _S5, _S6, _S7, _S8, _S9, _T2, _T3, _T4, _T5, _cls, _date, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['kind']
        if v0 is None: raise _Off
        v0 = _M0[v0]
        _S0(s, v0)
        v1 = d['date']
        if type(v1) is not str: raise _Off
        v1 = _DATES.get(v1) or _date(v1)
        _S1(s, v1)
        n = len(d) - 2
        if (v2 := d.get('note', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('unanimous') if n else None) is not None:
            n -= 1
            if type(v3) is not _T3: raise _Off
        _S3(s, v3)
        if (v4 := d.get('wording', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if (v5 := d.get('binding') if n else None) is not None:
            n -= 1
            if type(v5) is not _T5: raise _Off
        _S5(s, v5)
        if (v6 := d.get('reviewed') if n else None) is not None:
            n -= 1
            if v6 is None: raise _Off
            v6 = _M6[v6]
        _S6(s, v6)
        if (v7 := d.get('region') if n else None) is not None:
            n -= 1
            v7 = _REGIONS.get(v7) or _R7(v7)
        _S7(s, v7)
        if (v8 := d.get('level') if n else None) is not None:
            n -= 1
            if v8 is None: raise _Off
            v8 = _M8[v8]
        _S8(s, v8)
        if (v9 := d.get('outcome') if n else None) is not None:
            n -= 1
            if v9 is None: raise _Off
            v9 = _M9[v9]
        _S9(s, v9)
        if (v10 := d.get('excerpt') if n else None) is not None:
            n -= 1
            v10 = _R10(v10)
        _S10(s, v10)
        if n and not d.keys() <= _KEYS: raise _Off
        if v3 is not None or v5 is not None or v6 is not None or v7 is not None or v8 is not None or v9 is not None or v10 is not None:
            s.__attrs_post_init__()
        return s
    return read
def _12(_DATES, _M0, _Off, _S0, _S1, _cls, _date, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['body']
        if v0 is None: raise _Off
        v0 = _M0[v0]
        _S0(s, v0)
        v1 = d['date']
        if type(v1) is not str: raise _Off
        v1 = _DATES.get(v1) or _date(v1)
        _S1(s, v1)
        if len(d) != 2: raise _Off
        return s
    return read
def _13(_D0, _D1, _D2, _D3, _KEYS, _M0, _MISSING, _Off, _S0, _S1, _S2, _S3, _T1, _T2, _T3, _cls, _new):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        n = len(d) - 0
        if (v0 := d.get('origin', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0
        else:
            n -= 1
            if v0 is None: raise _Off
            v0 = _M0[v0]
        _S0(s, v0)
        if (v1 := d.get('purpose', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1
        else:
            n -= 1
            if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        if (v2 := d.get('goal', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2
        else:
            n -= 1
            if type(v2) is not _T2: raise _Off
        _S2(s, v2)
        if (v3 := d.get('expected_outcome', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not _T3: raise _Off
        _S3(s, v3)
        if n and not d.keys() <= _KEYS: raise _Off
        return s
    return read
def _14(_C2, _D11, _D12, _D14, _D16, _D3, _D4, _D5, _D8, _D9, _F2, _KEYS, _M5, _MISSING, _Off, _R10, _R11, _R12, _R13, _R14, _R15, _R16, _R2, _R3, _R6, _R7, _R8, _REGIONS, _S0, _S1, _S10, _S11, _S12, _S13, _S14, _S15, _S16, _S2, _S3, _S4, _S5, _S6, _S7, _S8, _S9, _T0, _T1, _T4, _T9, _cls, _new, _tuple):
    def read(d):
        if type(d) is not dict: raise _Off
        s = _new(_cls)
        v0 = d['id']
        if type(v0) is not _T0: raise _Off
        _S0(s, v0)
        v1 = d['title']
        if type(v1) is not _T1: raise _Off
        _S1(s, v1)
        n = len(d) - 2
        if (v2 := d.get('healthcare_region', _MISSING) if n else _MISSING) is _MISSING: v2 = _C2(_F2())
        else:
            n -= 1
            v2 = _R2(v2)
        _S2(s, v2)
        if (v3 := d.get('participating_regions', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3
        else:
            n -= 1
            if type(v3) is not list: raise _Off
            v3 = _tuple([_REGIONS.get(x) or _R3(x) for x in v3])
        _S3(s, v3)
        if (v4 := d.get('reason_for_fewer', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4
        else:
            n -= 1
            if type(v4) is not _T4: raise _Off
        _S4(s, v4)
        if (v5 := d.get('focus_areas', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5
        else:
            n -= 1
            if type(v5) is not list: raise _Off
            for x in v5:
                if x is None: raise _Off
            v5 = _tuple([_M5[x] for x in v5])
        _S5(s, v5)
        if (v6 := d.get('proposal') if n else None) is not None:
            n -= 1
            v6 = _R6(v6)
        _S6(s, v6)
        if (v7 := d.get('assignment') if n else None) is not None:
            n -= 1
            v7 = _R7(v7)
        _S7(s, v7)
        if (v8 := d.get('working_group', _MISSING) if n else _MISSING) is _MISSING: v8 = _D8
        else:
            n -= 1
            if type(v8) is not list: raise _Off
            v8 = _tuple([_R8(x) for x in v8])
        _S8(s, v8)
        if (v9 := d.get('contact_person', _MISSING) if n else _MISSING) is _MISSING: v9 = _D9
        else:
            n -= 1
            if type(v9) is not _T9: raise _Off
        _S9(s, v9)
        if (v10 := d.get('follow_up_plan') if n else None) is not None:
            n -= 1
            v10 = _R10(v10)
        _S10(s, v10)
        if (v11 := d.get('current_state_regions', _MISSING) if n else _MISSING) is _MISSING: v11 = _D11
        else:
            n -= 1
            if type(v11) is not list: raise _Off
            v11 = _tuple([_REGIONS.get(x) or _R11(x) for x in v11])
        _S11(s, v11)
        if (v12 := d.get('action_proposals', _MISSING) if n else _MISSING) is _MISSING: v12 = _D12
        else:
            n -= 1
            if type(v12) is not list: raise _Off
            v12 = _tuple([_R12(x) for x in v12])
        _S12(s, v12)
        if (v13 := d.get('final_report') if n else None) is not None:
            n -= 1
            v13 = _R13(v13)
        _S13(s, v13)
        if (v14 := d.get('follow_up_reports', _MISSING) if n else _MISSING) is _MISSING: v14 = _D14
        else:
            n -= 1
            if type(v14) is not list: raise _Off
            v14 = _tuple([_R14(x) for x in v14])
        _S14(s, v14)
        if (v15 := d.get('communication') if n else None) is not None:
            n -= 1
            v15 = _R15(v15)
        _S15(s, v15)
        if (v16 := d.get('milestones', _MISSING) if n else _MISSING) is _MISSING: v16 = _D16
        else:
            n -= 1
            if type(v16) is not list: raise _Off
            v16 = _tuple([_R16(x) for x in v16])
        _S16(s, v16)
        if n and not d.keys() <= _KEYS: raise _Off
        if type(s.id) is str and not s.id.strip(): raise _Off
        if type(s.title) is str and not s.title.strip(): raise _Off
        return s
    return read


GENERATOR = '332d747b36aca199 0d70571583ec6786'

READERS = {
    'vardservice.subprojects.ActionProposal': (_0, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['title']\n    if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    n = len(d) - 1\n    if (v1 := d.get('needs_funding', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if (v2 := d.get('cost_estimate') if n else None) is not None:\n        n -= 1\n        v2 = _money(v2)\n    _S2(s, v2)\n    if n and not d.keys() <= _KEYS: raise _Off\n    if type(s.title) is str and not s.title.strip(): raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'title\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'needs_funding\', True, "<class \'bool\'>", (True, False, False), None, (\'vardservice._fields._check.flag\',), True, ()), (\'cost_estimate\', True, \'vardservice.units.Money | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._money\', \'True\', \'True\'), (), True, ()))', 1),
    'vardservice.subprojects.Assignment': (_1, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('background', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    if (v1 := d.get('purpose_and_question', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if (v2 := d.get('assignment_points', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not list: raise _Off\n        for x in v2:\n            if type(x) is not str or False: raise _Off\n        v2 = _tuple(v2)\n    _S2(s, v2)\n    if (v3 := d.get('delimitations', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not _T3: raise _Off\n    _S3(s, v3)\n    if (v4 := d.get('group_composition', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if (v5 := d.get('timeline', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5\n    else:\n        n -= 1\n        if type(v5) is not _T5: raise _Off\n    _S5(s, v5)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'background\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'purpose_and_question\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'assignment_points\', True, \'tuple[str, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._any_texts\', \'True\', \'True\'), (), True, ()), (\'delimitations\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'group_composition\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'timeline\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()))', 2),
    'vardservice.subprojects.Communication': (_2, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('communicator', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    if (v1 := d.get('involved_on') if n else None) is not None:\n        n -= 1\n        if type(v1) is not str: raise _Off\n        v1 = _DATES.get(v1) or _date(v1)\n    _S1(s, v1)\n    if (v2 := d.get('plan', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('activities', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not list: raise _Off\n        for x in v3:\n            if type(x) is not str or False: raise _Off\n        v3 = _tuple(v3)\n    _S3(s, v3)\n    if (v4 := d.get('final_report_review', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'communicator\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'involved_on\', True, \'pendulum.date.Date | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()), (\'plan\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'activities\', True, \'tuple[str, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._any_texts\', \'True\', \'True\'), (), True, ()), (\'final_report_review\', True, "<class \'bool\'>", (True, False, False), None, (\'vardservice._fields._check.flag\',), True, ()))', 2),
    'vardservice.subprojects.CurrentState': (_3, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['region']\n    v0 = _REGIONS.get(v0) or _R0(v0)\n    _S0(s, v0)\n    n = len(d) - 1\n    if (v1 := d.get('description', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'region\', True, "<class \'vardservice.regions.Region\'>", \'required\', (\'Converter\', \'vardservice._fields._read._read\', \'True\', \'True\'), (), True, ()), (\'description\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()))', 1),
    'vardservice.subprojects.ExcerptReference': (_4, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['case_number']\n    if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    v1 = d['paragraph']\n    if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    v2 = d['date']\n    if type(v2) is not str: raise _Off\n    v2 = _DATES.get(v2) or _date(v2)\n    _S2(s, v2)\n    if len(d) != 3: raise _Off\n    if type(s.case_number) is str and not s.case_number.strip(): raise _Off\n    _V1_0(s, _A1, s.paragraph)\n    return s\n", '(False, False, False, False, False, None, (\'case_number\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'paragraph\', True, "<class \'int\'>", \'required\', None, (\'vardservice._fields._check.whole.<locals>.check\',), True, ()), (\'date\', True, "<class \'pendulum.date.Date\'>", \'required\', (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()))', 1),
    'vardservice.subprojects.FinalReport': (_5, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('sections', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if type(v0) is not list: raise _Off\n        for x in v0:\n            if x is None: raise _Off\n        v0 = _tuple([_M0[x] for x in v0])\n    _S0(s, v0)\n    if (v1 := d.get('current_state', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not list: raise _Off\n        v1 = _tuple([_R1(x) for x in v1])\n    _S1(s, v1)\n    if (v2 := d.get('analysis', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('feasibility', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not _T3: raise _Off\n    _S3(s, v3)\n    if (v4 := d.get('displacement_risk', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if (v5 := d.get('follow_up') if n else None) is not None:\n        n -= 1\n        v5 = _R5(v5)\n    _S5(s, v5)\n    if (v6 := d.get('pages') if n else None) is not None:\n        n -= 1\n        if type(v6) is not _T6: raise _Off\n    _S6(s, v6)\n    if (v7 := d.get('writers', _MISSING) if n else _MISSING) is _MISSING: v7 = _D7\n    else:\n        n -= 1\n        if type(v7) is not list: raise _Off\n        for x in v7:\n            if type(x) is not str or False: raise _Off\n        v7 = _tuple(v7)\n    _S7(s, v7)\n    if (v8 := d.get('responsible_writer', _MISSING) if n else _MISSING) is _MISSING: v8 = _D8\n    else:\n        n -= 1\n        if type(v8) is not _T8: raise _Off\n    _S8(s, v8)\n    if n and not d.keys() <= _KEYS: raise _Off\n    _V6_0(s, _A6, s.pages)\n    return s\n", '(False, False, False, False, False, None, (\'sections\', True, \'tuple[vardservice.subprojects.ReportSection, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._members\', \'True\', \'True\'), (), True, (True,)), (\'current_state\', True, \'tuple[vardservice.subprojects.CurrentState, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'analysis\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'feasibility\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'displacement_risk\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'follow_up\', True, \'vardservice.subprojects.FollowUpProposal | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'pages\', True, \'int | None\', (True, True, True), None, (\'vardservice._fields._check.whole.<locals>.check\',), True, ()), (\'writers\', True, \'tuple[str, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._any_texts\', \'True\', \'True\'), (), True, ()), (\'responsible_writer\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()))', 3),
    'vardservice.subprojects.FollowUpPlan': (_6, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('method', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    if (v1 := d.get('parameters', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not list: raise _Off\n        for x in v1:\n            if type(x) is not str or False: raise _Off\n        v1 = _tuple(v1)\n    _S1(s, v1)\n    if (v2 := d.get('documented_on') if n else None) is not None:\n        n -= 1\n        if type(v2) is not str: raise _Off\n        v2 = _DATES.get(v2) or _date(v2)\n    _S2(s, v2)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'method\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'parameters\', True, \'tuple[str, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._any_texts\', \'True\', \'True\'), (), True, ()), (\'documented_on\', True, \'pendulum.date.Date | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()))', 2),
    'vardservice.subprojects.FollowUpProposal': (_7, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('how', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    if (v1 := d.get('when', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if (v2 := d.get('by_whom', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('parameters', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not list: raise _Off\n        for x in v3:\n            if type(x) is not str or False: raise _Off\n        v3 = _tuple(v3)\n    _S3(s, v3)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'how\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'when\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'by_whom\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'parameters\', True, \'tuple[str, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._any_texts\', \'True\', \'True\'), (), True, ()))', 2),
    'vardservice.subprojects.FollowUpReport': (_8, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['date']\n    if type(v0) is not str: raise _Off\n    v0 = _DATES.get(v0) or _date(v0)\n    _S0(s, v0)\n    n = len(d) - 1\n    if (v1 := d.get('pages') if n else None) is not None:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if (v2 := d.get('presented_to', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not list: raise _Off\n        for x in v2:\n            if x is None: raise _Off\n        v2 = _tuple([_M2[x] for x in v2])\n    _S2(s, v2)\n    if (v3 := d.get('presentations', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not list: raise _Off\n        v3 = _tuple([_R3(x) for x in v3])\n    _S3(s, v3)\n    if (v4 := d.get('written_by', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if (v5 := d.get('implementation', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5\n    else:\n        n -= 1\n        if type(v5) is not list: raise _Off\n        v5 = _tuple([_R5(x) for x in v5])\n    _S5(s, v5)\n    if (v6 := d.get('summary', _MISSING) if n else _MISSING) is _MISSING: v6 = _D6\n    else:\n        n -= 1\n        if type(v6) is not _T6: raise _Off\n    _S6(s, v6)\n    if (v7 := d.get('further', _MISSING) if n else _MISSING) is _MISSING: v7 = _D7\n    else:\n        n -= 1\n        if type(v7) is not _T7: raise _Off\n    _S7(s, v7)\n    if n and not d.keys() <= _KEYS: raise _Off\n    _V1_0(s, _A1, s.pages)\n    return s\n", '(False, False, False, False, False, None, (\'date\', True, "<class \'pendulum.date.Date\'>", \'required\', (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()), (\'pages\', True, \'int | None\', (True, True, True), None, (\'vardservice._fields._check.whole.<locals>.check\',), True, ()), (\'presented_to\', True, \'tuple[vardservice.subprojects.Body, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._members\', \'True\', \'True\'), (), True, (True,)), (\'presentations\', True, \'tuple[vardservice.subprojects.Presentation, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'written_by\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'implementation\', True, \'tuple[vardservice.subprojects.ImplementationData, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'summary\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'further\', True, "<class \'bool\'>", (True, False, False), None, (\'vardservice._fields._check.flag\',), True, ()))', 3),
    'vardservice.subprojects.GroupMember': (_9, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['name']\n    if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    n = len(d) - 1\n    if (v1 := d.get('role', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if v1 is None: raise _Off\n        v1 = _M1[v1]\n    _S1(s, v1)\n    if (v2 := d.get('profession', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('region') if n else None) is not None:\n        n -= 1\n        v3 = _REGIONS.get(v3) or _R3(v3)\n    _S3(s, v3)\n    if (v4 := d.get('from_office', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if n and not d.keys() <= _KEYS: raise _Off\n    if type(s.name) is str and not s.name.strip(): raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'name\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'role\', True, "<enum \'Role\'>", (True, False, False), (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'profession\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'region\', True, \'vardservice.regions.Region | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._read\', \'True\', \'True\'), (), True, ()), (\'from_office\', True, "<class \'bool\'>", (True, False, False), None, (\'vardservice._fields._check.flag\',), True, ()))', 1),
    'vardservice.subprojects.ImplementationData': (_10, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['parameter']\n    if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    n = len(d) - 1\n    if (v1 := d.get('region') if n else None) is not None:\n        n -= 1\n        v1 = _REGIONS.get(v1) or _R1(v1)\n    _S1(s, v1)\n    if (v2 := d.get('value', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if n and not d.keys() <= _KEYS: raise _Off\n    if type(s.parameter) is str and not s.parameter.strip(): raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'parameter\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'region\', True, \'vardservice.regions.Region | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._read\', \'True\', \'True\'), (), True, ()), (\'value\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()))', 1),
    'vardservice.subprojects.Milestone': (_11, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['kind']\n    if v0 is None: raise _Off\n    v0 = _M0[v0]\n    _S0(s, v0)\n    v1 = d['date']\n    if type(v1) is not str: raise _Off\n    v1 = _DATES.get(v1) or _date(v1)\n    _S1(s, v1)\n    n = len(d) - 2\n    if (v2 := d.get('note', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('unanimous') if n else None) is not None:\n        n -= 1\n        if type(v3) is not _T3: raise _Off\n    _S3(s, v3)\n    if (v4 := d.get('wording', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if (v5 := d.get('binding') if n else None) is not None:\n        n -= 1\n        if type(v5) is not _T5: raise _Off\n    _S5(s, v5)\n    if (v6 := d.get('reviewed') if n else None) is not None:\n        n -= 1\n        if v6 is None: raise _Off\n        v6 = _M6[v6]\n    _S6(s, v6)\n    if (v7 := d.get('region') if n else None) is not None:\n        n -= 1\n        v7 = _REGIONS.get(v7) or _R7(v7)\n    _S7(s, v7)\n    if (v8 := d.get('level') if n else None) is not None:\n        n -= 1\n        if v8 is None: raise _Off\n        v8 = _M8[v8]\n    _S8(s, v8)\n    if (v9 := d.get('outcome') if n else None) is not None:\n        n -= 1\n        if v9 is None: raise _Off\n        v9 = _M9[v9]\n    _S9(s, v9)\n    if (v10 := d.get('excerpt') if n else None) is not None:\n        n -= 1\n        v10 = _R10(v10)\n    _S10(s, v10)\n    if n and not d.keys() <= _KEYS: raise _Off\n    if v3 is not None or v5 is not None or v6 is not None or v7 is not None or v8 is not None or v9 is not None or v10 is not None:\n        s.__attrs_post_init__()\n    return s\n", '(False, False, False, False, True, (\'unanimous\', \'binding\', \'reviewed\', \'region\', \'level\', \'outcome\', \'excerpt\'), (\'kind\', True, "<enum \'MilestoneKind\'>", \'required\', (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'date\', True, "<class \'pendulum.date.Date\'>", \'required\', (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()), (\'note\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'unanimous\', True, \'bool | None\', (True, True, True), None, (\'vardservice._fields._check.flag\',), True, ()), (\'wording\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'binding\', True, \'bool | None\', (True, True, True), None, (\'vardservice._fields._check.flag\',), True, ()), (\'reviewed\', True, \'vardservice.subprojects.ReviewSubject | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'region\', True, \'vardservice.regions.Region | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._read\', \'True\', \'True\'), (), True, ()), (\'level\', True, \'vardservice.subprojects.DecisionLevel | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'outcome\', True, \'vardservice.subprojects.DecisionOutcome | None\', (True, True, True), (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'excerpt\', True, \'vardservice.subprojects.ExcerptReference | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()))', 2),
    'vardservice.subprojects.Presentation': (_12, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['body']\n    if v0 is None: raise _Off\n    v0 = _M0[v0]\n    _S0(s, v0)\n    v1 = d['date']\n    if type(v1) is not str: raise _Off\n    v1 = _DATES.get(v1) or _date(v1)\n    _S1(s, v1)\n    if len(d) != 2: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'body\', True, "<enum \'Body\'>", \'required\', (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'date\', True, "<class \'pendulum.date.Date\'>", \'required\', (\'Converter\', \'vardservice._fields._read._date\', \'True\', \'True\'), (), True, ()))', 1),
    'vardservice.subprojects.Proposal': (_13, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    n = len(d) - 0\n    if (v0 := d.get('origin', _MISSING) if n else _MISSING) is _MISSING: v0 = _D0\n    else:\n        n -= 1\n        if v0 is None: raise _Off\n        v0 = _M0[v0]\n    _S0(s, v0)\n    if (v1 := d.get('purpose', _MISSING) if n else _MISSING) is _MISSING: v1 = _D1\n    else:\n        n -= 1\n        if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    if (v2 := d.get('goal', _MISSING) if n else _MISSING) is _MISSING: v2 = _D2\n    else:\n        n -= 1\n        if type(v2) is not _T2: raise _Off\n    _S2(s, v2)\n    if (v3 := d.get('expected_outcome', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not _T3: raise _Off\n    _S3(s, v3)\n    if n and not d.keys() <= _KEYS: raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'origin\', True, "<enum \'Origin\'>", (True, False, False), (\'Converter\', \'vardservice._fields._read._member\', \'True\', \'True\'), (), True, (True,)), (\'purpose\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'goal\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'expected_outcome\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()))', 1),
    'vardservice.subprojects.Subproject': (_14, "def read(d):\n    if type(d) is not dict: raise _Off\n    s = _new(_cls)\n    v0 = d['id']\n    if type(v0) is not _T0: raise _Off\n    _S0(s, v0)\n    v1 = d['title']\n    if type(v1) is not _T1: raise _Off\n    _S1(s, v1)\n    n = len(d) - 2\n    if (v2 := d.get('healthcare_region', _MISSING) if n else _MISSING) is _MISSING: v2 = _C2(_F2())\n    else:\n        n -= 1\n        v2 = _R2(v2)\n    _S2(s, v2)\n    if (v3 := d.get('participating_regions', _MISSING) if n else _MISSING) is _MISSING: v3 = _D3\n    else:\n        n -= 1\n        if type(v3) is not list: raise _Off\n        v3 = _tuple([_REGIONS.get(x) or _R3(x) for x in v3])\n    _S3(s, v3)\n    if (v4 := d.get('reason_for_fewer', _MISSING) if n else _MISSING) is _MISSING: v4 = _D4\n    else:\n        n -= 1\n        if type(v4) is not _T4: raise _Off\n    _S4(s, v4)\n    if (v5 := d.get('focus_areas', _MISSING) if n else _MISSING) is _MISSING: v5 = _D5\n    else:\n        n -= 1\n        if type(v5) is not list: raise _Off\n        for x in v5:\n            if x is None: raise _Off\n        v5 = _tuple([_M5[x] for x in v5])\n    _S5(s, v5)\n    if (v6 := d.get('proposal') if n else None) is not None:\n        n -= 1\n        v6 = _R6(v6)\n    _S6(s, v6)\n    if (v7 := d.get('assignment') if n else None) is not None:\n        n -= 1\n        v7 = _R7(v7)\n    _S7(s, v7)\n    if (v8 := d.get('working_group', _MISSING) if n else _MISSING) is _MISSING: v8 = _D8\n    else:\n        n -= 1\n        if type(v8) is not list: raise _Off\n        v8 = _tuple([_R8(x) for x in v8])\n    _S8(s, v8)\n    if (v9 := d.get('contact_person', _MISSING) if n else _MISSING) is _MISSING: v9 = _D9\n    else:\n        n -= 1\n        if type(v9) is not _T9: raise _Off\n    _S9(s, v9)\n    if (v10 := d.get('follow_up_plan') if n else None) is not None:\n        n -= 1\n        v10 = _R10(v10)\n    _S10(s, v10)\n    if (v11 := d.get('current_state_regions', _MISSING) if n else _MISSING) is _MISSING: v11 = _D11\n    else:\n        n -= 1\n        if type(v11) is not list: raise _Off\n        v11 = _tuple([_REGIONS.get(x) or _R11(x) for x in v11])\n    _S11(s, v11)\n    if (v12 := d.get('action_proposals', _MISSING) if n else _MISSING) is _MISSING: v12 = _D12\n    else:\n        n -= 1\n        if type(v12) is not list: raise _Off\n        v12 = _tuple([_R12(x) for x in v12])\n    _S12(s, v12)\n    if (v13 := d.get('final_report') if n else None) is not None:\n        n -= 1\n        v13 = _R13(v13)\n    _S13(s, v13)\n    if (v14 := d.get('follow_up_reports', _MISSING) if n else _MISSING) is _MISSING: v14 = _D14\n    else:\n        n -= 1\n        if type(v14) is not list: raise _Off\n        v14 = _tuple([_R14(x) for x in v14])\n    _S14(s, v14)\n    if (v15 := d.get('communication') if n else None) is not None:\n        n -= 1\n        v15 = _R15(v15)\n    _S15(s, v15)\n    if (v16 := d.get('milestones', _MISSING) if n else _MISSING) is _MISSING: v16 = _D16\n    else:\n        n -= 1\n        if type(v16) is not list: raise _Off\n        v16 = _tuple([_R16(x) for x in v16])\n    _S16(s, v16)\n    if n and not d.keys() <= _KEYS: raise _Off\n    if type(s.id) is str and not s.id.strip(): raise _Off\n    if type(s.title) is str and not s.title.strip(): raise _Off\n    return s\n", '(False, False, False, False, False, None, (\'id\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'title\', True, "<class \'str\'>", \'required\', None, (\'vardservice._fields._check.text\',), True, ()), (\'healthcare_region\', True, "<class \'vardservice.regions.HealthcareRegion\'>", (\'factory\', \'vardservice.subprojects._model._sodra\', False), (\'Converter\', \'vardservice._fields._read._read\', \'True\', \'True\'), (), True, ()), (\'participating_regions\', True, \'tuple[vardservice.regions.Region, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'reason_for_fewer\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'focus_areas\', True, \'tuple[vardservice.subprojects.FocusArea, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._members\', \'True\', \'True\'), (), True, (True,)), (\'proposal\', True, \'vardservice.subprojects.Proposal | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'assignment\', True, \'vardservice.subprojects.Assignment | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'working_group\', True, \'tuple[vardservice.subprojects.GroupMember, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'contact_person\', True, "<class \'str\'>", (True, False, False), None, (\'vardservice._fields._check.any_text\',), True, ()), (\'follow_up_plan\', True, \'vardservice.subprojects.FollowUpPlan | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'current_state_regions\', True, \'tuple[vardservice.regions.Region, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'action_proposals\', True, \'tuple[vardservice.subprojects.ActionProposal, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'final_report\', True, \'vardservice.subprojects.FinalReport | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'follow_up_reports\', True, \'tuple[vardservice.subprojects.FollowUpReport, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()), (\'communication\', True, \'vardservice.subprojects.Communication | None\', (True, True, True), None, (\'vardservice._fields._check.instance\',), True, ()), (\'milestones\', True, \'tuple[vardservice.subprojects.Milestone, ...]\', (True, False, False), (\'Converter\', \'vardservice._fields._read._items\', \'True\', \'True\'), (), True, ()))', 5),
}
