"""YAML: the safe loader with the limits enforced, its errors placed by line, and the dumper.

Split from :mod:`vardservice.io._files`, which calls it for YAML text only: ``yaml``
itself is imported on first use, so that reading JSON never pays for it. The limits
(:mod:`vardservice.io.limits`): nesting deeper than ``MAX_DEPTH`` is refused while
composing, aliases that expand past ``MAX_YAML_NODES`` values before anything is built.
"""

from __future__ import annotations

import functools
from typing import Any

from vardservice.errors import InvalidInput, VardserviceError, shown
from vardservice.io import limits


def parse_yaml(text: str, origin: str | None) -> Any:
    """Return the plain data in YAML ``text``, read by :func:`yaml_loader`.

    Raises:
        InvalidInput: the text is not valid YAML, or past a limit.

    """
    import yaml

    try:
        return yaml.load(text, Loader=yaml_loader())  # noqa: S506  # a SafeLoader
    except yaml.YAMLError as exc:
        raise InvalidInput([_yaml_problem(exc, text)], origin=origin) from None


def _yaml_problem(exc: Any, text: str) -> str:
    """Return a YAML parser's error as ``LINE:COLUMN: not valid YAML: problem (context)``.

    Made from the error's fields, not its text: PyYAML's ``str()`` spreads the
    problem and its context over four lines, each "in "<unicode string>", line 1,
    column 4". The context is given its own place when that is elsewhere:
    "1:6: not valid YAML: expected ',' or '}', but got '<stream end>' (while
    parsing a flow mapping from 1:1)". A character the reader refuses is placed
    by its offset in ``text``.
    """
    import yaml

    def place(line: int, column: int) -> str:
        return f"{line + 1}:{column + 1}"

    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        at = place(before.count("\n"), len(before) - (before.rfind("\n") + 1))
        return f"{at}: not valid YAML: character #x{exc.character:04x}: {exc.reason}"
    if not isinstance(exc, yaml.MarkedYAMLError):
        return f"not valid YAML: {exc}".replace("\n", " ")
    problem, context = exc.problem, exc.context
    mark, context_mark = exc.problem_mark or exc.context_mark, exc.context_mark
    if problem is None:  # only a context: it is the problem
        problem, context = context or type(exc).__name__, None
    said = f"not valid YAML: {problem}"
    if (
        context
        and context_mark is not None
        and mark is not None
        and ((context_mark.line, context_mark.column) != (mark.line, mark.column))
    ):
        said += f" ({context} from {place(context_mark.line, context_mark.column)})"
    elif context:
        said += f" ({context})"
    said = said.replace("\n", " ")
    return said if mark is None else f"{place(mark.line, mark.column)}: {said}"


@functools.cache
def yaml_loader() -> type[Any]:
    """Return YAML's safe loader, with dates left as text and the limits enforced.

    PyYAML's own date reading fails without a path on an impossible date
    (``2023-02-30``); as text the date is refused by the converter, which names
    where it is (``@ $.milestones[2].date``). The loader also refuses, with the
    line: nesting deeper than :data:`~vardservice.io.limits.MAX_DEPTH` (while
    composing, before PyYAML's recursion could exhaust the stack), aliases that
    expand past :data:`~vardservice.io.limits.MAX_YAML_NODES` values (counted on
    the node graph, before anything is built) and a value that does not match
    its explicit tag (``!!int abc``), which PyYAML reports as a bare
    ``ValueError``, ``KeyError`` or ``AttributeError``.
    """
    import yaml

    class _Loader(yaml.SafeLoader):
        _depth = 0
        _aliased = False

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                self._aliased = True
            elif self._depth >= limits.MAX_DEPTH and self.check_event(
                yaml.SequenceStartEvent, yaml.MappingStartEvent
            ):
                line = self.peek_event().start_mark.line + 1  # type: ignore[no-untyped-call]
                raise InvalidInput([limits._too_deep(f"line {line}")])
            self._depth += 1
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

        def construct_document(self, node: Any) -> Any:
            if self._aliased:
                _check_expansion(node)
            return super().construct_document(node)

        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep=deep)
            except (ValueError, KeyError, AttributeError, TypeError, OverflowError) as exc:
                if isinstance(exc, VardserviceError):
                    raise
                raise yaml.constructor.ConstructorError(
                    None, None, f"{shown(node.value)} is not a valid {node.tag}", node.start_mark
                ) from None

    _Loader.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in found if tag != "tag:yaml.org,2002:timestamp"]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _Loader


def _check_expansion(root: Any) -> None:
    """Refuse a YAML node graph that holds more than MAX_YAML_NODES values with aliases expanded.

    Aliases make the graph share nodes; each node's expanded size is counted once
    (post-order, iteratively), so a bomb of billions costs a walk over its few
    dozen nodes. A recursive alias (a list that holds itself) has no finite size.
    """
    import yaml

    sizes: dict[int, int] = {}
    pending: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        children = (
            [n for pair in node.value for n in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if children_done:
            pending.discard(key)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            if sizes[key] > limits.MAX_YAML_NODES:
                line = node.start_mark.line + 1
                raise InvalidInput(
                    [
                        f"YAML aliases expand to more than {limits.MAX_YAML_NODES} values"
                        f" @ line {line}; raise vardservice.io.limits.MAX_YAML_NODES to read it"
                    ]
                )
            continue
        if key in pending:
            line = node.start_mark.line + 1
            raise InvalidInput([f"a YAML alias refers to a value that holds it @ line {line}"])
        pending.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in sizes)


# Characters YAML reads as line breaks (NEL, LINE and PARAGRAPH SEPARATOR): written raw in a
# plain or single-quoted scalar they come back as a space; double quotes escape them.
_YAML_BREAKS = frozenset("\x85\u2028\u2029")


@functools.cache
def yaml_dumper() -> type[Any]:
    """Return a safe dumper that double-quotes a text holding a YAML line break.

    PyYAML escapes NEL as ``\\N`` (and U+2028/U+2029 as ``\\L``/``\\P``) in double
    quotes, so such a text survives the round trip.

    """
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = '"' if _YAML_BREAKS.intersection(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, text)
    return Dumper
