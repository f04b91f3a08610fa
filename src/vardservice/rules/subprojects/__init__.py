"""Rules for subprojects (delprojekt) of "Samarbete för bättre vård" (SFBV §4–5).

The rules of the method, in the order of its process, each citing the SFBV section
it comes from, with the source's own Swedish sentence and an English paraphrase. Severity
follows the source's verb: *ska* → error, *bör* → warning, *kan*/"in most
cases"/"an advantage" → information.

A rule judges only what the subproject has reached: a draft is not blamed for
the content of a step it has not come to. "Reached a step" means the subproject
has a dated milestone of that step or of a later one (:attr:`MilestoneKind.step
<vardservice.subprojects.MilestoneKind.step>`); each rule says when it applies
(in its docstring and on its page of the docs). Rules never raise on a valid
:class:`~vardservice.subprojects.Subproject`.

Example:
    >>> from vardservice.rules import check
    >>> from vardservice.subprojects import Subproject
    >>> sp = Subproject(id="SFBV-2023-04", title="Höftfrakturvård",
    ...                 participating_regions=["12", "13"])
    >>> report = check(sp, as_of="2024-01-01", lang="en")
    >>> [(f.code, f.path, f.message) for f in report.findings]
    [('SP001', '$.participating_regions', '2 participating regions; at least 3 are required.')]

"""

from __future__ import annotations

# The rules live in the private modules of this package; vardservice.rules finds them
# by walking the package.

__all__: list[str] = []
