#!/usr/bin/env python3
"""Checks a running `newsgraph serve` against docs/openapi.yaml (ctest `server.openapi`).

Ingests a data folder into a temporary store, serves it on a free port and then checks that
  (a) every documented GET path answers 200 with a body valid against its response schema, for
      real ids taken from the list endpoints and for every documented value of enum parameters;
  (b) each documented error status (400, 404, 413, 414, 431) is what a bad request gets, with a
      body valid against the documented error schema;
  (c) the ETag of every 200 JSON answer, sent back in If-None-Match, gives a 304 without a body;
  (d) every route the server registers (the srv.Get(...) patterns of src/server/*.cc, filled with
      sample values) and every asset the web page loads is a documented path, and unknown /api/
      paths are 404: the server has no undocumented endpoint.
It also checks the file itself: OpenAPI 3.0 structure, resolvable $refs, schema keywords of 3.0
only, path parameters declared, examples valid against their parameter's schema.

Exit status: 0 when everything holds, 1 with one line per failure, 77 when the Python packages
yaml or jsonschema are missing (Debian: python3-yaml, python3-jsonschema).
"""
import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

try:
    import jsonschema
    import yaml
except ImportError as e:  # pragma: no cover - depends on the machine
    print(f"openapi_check: skipped, missing Python package: {e.name}", file=sys.stderr)
    sys.exit(77)

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
# Keywords of the OpenAPI 3.0 Schema Object (anything else, outside x-*, is not 3.0).
SCHEMA_KEYWORDS = {
    "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
    "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties",
    "minProperties", "required", "enum", "type", "allOf", "oneOf", "anyOf", "not", "items",
    "properties", "additionalProperties", "description", "format", "default", "nullable",
    "discriminator", "readOnly", "writeOnly", "xml", "externalDocs", "example", "deprecated", "$ref"}
OPENAPI_ONLY = {"nullable", "discriminator", "readOnly", "writeOnly", "xml", "externalDocs",
                "example", "deprecated"}
ERROR_STATUSES = ("400", "404", "413", "414", "431", "500")

failures = []


def fail(where, msg):
    failures.append(f"{where}: {msg}")


# ---------------------------------------------------------------------------------------------
# The OpenAPI file: structure checks and conversion of its schemas to JSON Schema.

class Spec:
    def __init__(self, path):
        self.doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        self.defs = {name: to_json_schema(s) for name, s in
                     self.doc.get("components", {}).get("schemas", {}).items()}
        self._validators = {}

    def resolve(self, node):
        """Follows a local $ref (any component kind) to its target."""
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise KeyError(f"non-local $ref {ref}")
            node = self.doc
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            seen += 1
            if seen > 20:
                raise KeyError(f"$ref loop at {ref}")
        return node

    def validator(self, schema):
        key = id(schema)
        if key not in self._validators:
            self._validators[key] = (schema, self._make_validator(schema))
        return self._validators[key][1]

    def _make_validator(self, schema):
        root = {"$schema": "https://json-schema.org/draft/2020-12/schema",
                "$defs": self.defs, "allOf": [to_json_schema(schema)]}
        return jsonschema.Draft202012Validator(root)

    def operations(self):
        for path, item in self.doc["paths"].items():
            for method, op in item.items():
                if method in HTTP_METHODS:
                    yield path, method, op

    def params(self, path, op):
        item = self.doc["paths"][path]
        out = {}
        for p in item.get("parameters", []) + op.get("parameters", []):
            p = self.resolve(p)
            out[(p["name"], p["in"])] = p
        return out

    def response(self, op, status):
        r = op.get("responses", {}).get(str(status))
        return self.resolve(r) if r is not None else None


def to_json_schema(s):
    """An OpenAPI 3.0 Schema Object as JSON Schema 2020-12: `nullable: true` becomes a choice
    with null, $refs to components/schemas point into $defs, OpenAPI-only keywords go."""
    if not isinstance(s, dict):
        return s
    if "$ref" in s:
        return {"$ref": s["$ref"].replace("#/components/schemas/", "#/$defs/")}
    out = {}
    for k, v in s.items():
        if k in OPENAPI_ONLY or k.startswith("x-"):
            continue
        if k == "properties":
            out[k] = {name: to_json_schema(sub) for name, sub in v.items()}
        elif k in ("items", "not") or (k == "additionalProperties" and isinstance(v, dict)):
            out[k] = to_json_schema(v)
        elif k in ("allOf", "anyOf", "oneOf"):
            out[k] = [to_json_schema(sub) for sub in v]
        else:
            out[k] = v
    if s.get("nullable") is True:
        return {"anyOf": [out, {"type": "null"}]}
    return out


def check_schema_object(spec, s, where):
    if not isinstance(s, dict):
        fail(where, "schema is not an object")
        return
    if "$ref" in s:
        if len(s) > 1:
            fail(where, "siblings of $ref are ignored in OpenAPI 3.0")
        try:
            spec.resolve(s)
        except KeyError as e:
            fail(where, f"unresolvable {e}")
        return
    for k, v in s.items():
        if k not in SCHEMA_KEYWORDS and not k.startswith("x-"):
            fail(where, f"'{k}' is not an OpenAPI 3.0 schema keyword")
    t = s.get("type")
    if t is not None and t not in ("string", "number", "integer", "boolean", "array", "object"):
        fail(where, f"type must be one of the six 3.0 types (no lists, no null), got {t!r}")
    if t == "array" and "items" not in s:
        fail(where, "an array needs items")
    if s.get("nullable") and t is None:
        fail(where, "nullable without type has no effect in OpenAPI 3.0.3")
    if "required" in s:
        if not isinstance(s["required"], list) or not s["required"]:
            fail(where, "required must be a non-empty list")
        elif "properties" in s:
            for name in s["required"]:
                if name not in s["properties"]:
                    fail(where, f"required '{name}' is not among the properties")
    for name, sub in s.get("properties", {}).items():
        check_schema_object(spec, sub, f"{where}.{name}")
    for k in ("items", "not"):
        if k in s:
            check_schema_object(spec, s[k], f"{where}.{k}")
    if isinstance(s.get("additionalProperties"), dict):
        check_schema_object(spec, s["additionalProperties"], f"{where}.additionalProperties")
    elif s.get("additionalProperties") is False:
        fail(where, "additionalProperties: false makes every new field a break")
    for k in ("allOf", "anyOf", "oneOf"):
        for i, sub in enumerate(s.get(k, [])):
            check_schema_object(spec, sub, f"{where}.{k}[{i}]")


def check_spec_structure(spec):
    d = spec.doc
    if not str(d.get("openapi", "")).startswith("3.0."):
        fail("openapi.yaml", f"openapi must be 3.0.x, got {d.get('openapi')!r}")
    for k in ("title", "version"):
        if not isinstance(d.get("info", {}).get(k), str):
            fail("openapi.yaml", f"info.{k} must be a string")
    for name, s in d.get("components", {}).get("schemas", {}).items():
        check_schema_object(spec, s, f"components.schemas.{name}")
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
    for e in meta.iter_errors({"$defs": spec.defs}):
        at = ".".join(str(p) for p in list(e.absolute_path)[1:])
        fail(f"components.schemas.{at}", f"not a valid JSON Schema once converted: {e.message}")
    op_ids = set()
    for path, method, op in spec.operations():
        where = f"{method.upper()} {path}"
        if not path.startswith("/"):
            fail(where, "a path must start with /")
        if op.get("operationId") in op_ids:
            fail(where, f"operationId {op['operationId']} used twice")
        op_ids.add(op.get("operationId"))
        if not op.get("responses"):
            fail(where, "no responses")
        try:
            params = spec.params(path, op)
        except KeyError as e:
            fail(where, f"unresolvable parameter {e}")
            continue
        template_vars = set(re.findall(r"\{([^}]+)\}", path))
        path_params = {n for (n, where_in) in params if where_in == "path"}
        if template_vars != path_params:
            fail(where, f"path template names {sorted(template_vars)}, path parameters {sorted(path_params)}")
        for (name, where_in), p in params.items():
            pw = f"{where} parameter {name}"
            if where_in not in ("query", "header", "path", "cookie"):
                fail(pw, f"bad 'in': {where_in}")
            if where_in == "path" and p.get("required") is not True:
                fail(pw, "a path parameter must be required: true")
            if "schema" not in p:
                fail(pw, "no schema")
                continue
            check_schema_object(spec, p["schema"], pw)
            if "example" in p:
                errs = list(spec.validator(p["schema"]).iter_errors(p["example"]))
                if errs:
                    fail(pw, f"example {p['example']!r} does not fit the schema: {errs[0].message}")
        for status, r in op.get("responses", {}).items():
            rw = f"{where} {status}"
            try:
                r = spec.resolve(r)
            except KeyError as e:
                fail(rw, f"unresolvable response {e}")
                continue
            if not isinstance(r.get("description"), str):
                fail(rw, "a response needs a description")
            for hname, h in r.get("headers", {}).items():
                try:
                    h = spec.resolve(h)
                except KeyError as e:
                    fail(rw, f"unresolvable header {hname}: {e}")
                    continue
                if "name" in h or "in" in h:
                    fail(rw, f"header {hname} must not have name/in")
                if "schema" in h:
                    check_schema_object(spec, h["schema"], f"{rw} header {hname}")
            for media, m in r.get("content", {}).items():
                if "schema" in m:
                    check_schema_object(spec, m["schema"], f"{rw} {media}")


# ---------------------------------------------------------------------------------------------
# The server.

class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))


class Server:
    def __init__(self, binary, db):
        self.proc = subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--threads", "4"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.port = None
        self.log = []
        ready = threading.Event()

        def read():
            for line in self.proc.stderr:
                self.log.append(line)
                m = re.search(r"serving .* on http://127\.0\.0\.1:(\d+)/", line)
                if m and self.port is None:
                    self.port = int(m.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        ready.wait(10)
        if self.port is None:
            self.stop()
            raise RuntimeError("newsgraph serve did not start: " + "".join(self.log)[-2000:])

    def request(self, target, headers=None, header_list=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        try:
            conn.putrequest("GET", target, skip_accept_encoding=True)
            for k, v in (headers or {}).items():
                conn.putheader(k, v)
            for k, v in header_list or []:
                conn.putheader(k, v)
            conn.endheaders()
            r = conn.getresponse()
            return Answer(r.status, r.getheaders(), r.read())
        finally:
            conn.close()

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


# ---------------------------------------------------------------------------------------------
# The checks.

def url(path, query):
    q = urllib.parse.urlencode(query) if query else ""
    return path + ("?" + q if q else "")


def media_of(answer):
    return answer.headers.get("content-type", "").split(";")[0].strip()


def check_answer(spec, path, op, target, answer, status, checked_statuses):
    """The answer has `status`, which `op` documents, with a body its schema accepts."""
    where = f"GET {target}"
    if answer.status != status:
        snippet = answer.body[:200].decode("utf-8", "replace")
        fail(where, f"status {answer.status}, expected {status} ({snippet})")
        return False
    r = spec.response(op, status)
    if r is None:
        fail(where, f"status {status} is not documented for {path}")
        return False
    checked_statuses.add((path, str(status)))
    for hname, h in r.get("headers", {}).items():
        h = spec.resolve(h)
        value = answer.headers.get(hname.lower())
        if value is None:
            if h.get("required"):
                fail(where, f"no {hname} header")
            continue
        if "schema" in h:
            errs = list(spec.validator(h["schema"]).iter_errors(value))
            if errs:
                fail(where, f"header {hname}: {value!r}: {errs[0].message}")
    content = r.get("content")
    if not content:
        if answer.body:
            fail(where, f"status {status} is documented without a body, got {len(answer.body)} bytes")
        return True
    media = media_of(answer)
    if media not in content:
        fail(where, f"content type {media!r}, documented {sorted(content)}")
        return False
    schema = content[media].get("schema")
    if schema is None or media != "application/json":
        return True
    try:
        body = answer.json()
    except (ValueError, UnicodeDecodeError) as e:
        fail(where, f"body is not JSON: {e}")
        return False
    errs = sorted(spec.validator(schema).iter_errors(body), key=lambda e: list(e.absolute_path))
    for e in errs[:5]:
        at = "/".join(str(p) for p in e.absolute_path) or "(root)"
        fail(where, f"body at {at}: {e.message[:300]}")
    return not errs


class Checker:
    def __init__(self, spec, server, src_dir):
        self.spec = spec
        self.srv = server
        self.src_dir = Path(src_dir)
        self.checked_paths = set()
        self.checked_statuses = set()
        self.requests = 0

    def get(self, target, **kw):
        self.requests += 1
        return self.srv.request(target, **kw)

    def get_json(self, target):
        a = self.get(target)
        if a.status != 200:
            raise RuntimeError(f"GET {target}: status {a.status}")
        return a.json()

    # -- sample values from the list endpoints ------------------------------------------------
    def collect_samples(self):
        g = self.get_json
        docs = g("/api/documents?limit=500")["documents"]
        people = g("/api/people?limit=500")["people"]
        events = g("/api/events?limit=500")["events"]
        stories = g("/api/stories?limit=500")["stories"]
        copies = g("/api/copies?limit=500")["copies"]
        conflicts = g("/api/conflicts?limit=500")["conflicts"]
        quotes = g("/api/quotes?limit=5")["quotes"]
        if not (docs and people and events and stories and copies):
            raise RuntimeError("the data set gives no documents, people, events, stories or copies: "
                               "the check needs all five")
        checks = g("/api/checks?limit=5")["checks"]
        title_words = re.findall(r"[A-Za-z]{4,}", docs[0]["title"]) or ["news"]
        # A few of each kind (the test must stay fast), those with the most nested records first:
        # documents in copy relations or with office checks, events with conflicts.
        first = lambda ids, n: list(dict.fromkeys(ids))[:n]  # noqa: E731
        self.ids = {
            "documents": first([c["copy"] for c in copies[:2]] + [c["doc_id"] for c in checks[:2]]
                               + [d["id"] for d in docs], 12),
            "people": first([p["id"] for p in people], 8),
            "events": first([c["subject"] for c in conflicts if c["subject"].startswith("E")]
                            + [e["id"] for e in events], 8),
            "stories": first([s["id"] for s in stories], 6),
        }
        # Documents in copy relations first: their /copies lists are not empty.
        in_copies = [c["source"] for c in copies] + [c["copy"] for c in copies]
        self.ids["documents/copies"] = first(in_copies[:3] + self.ids["documents"], 5)
        self.query_values = {
            ("/api/search", "q"): title_words[0],
            ("/api/people", "q"): people[0]["name"].split()[-1],
            ("/api/events", "person"): people[0]["id"],
            ("/api/copies", "doc"): copies[0]["source"],
            ("/api/conflicts", "kind"): conflicts[0]["kind"] if conflicts else None,
            ("/api/quotes", "speaker"): quotes[0]["speaker"] if quotes else None,
        }
        # Pairs for /api/diff: copies (a relation) and two documents that are not copies.
        self.diff_pairs = [(c["source"], c["copy"]) for c in copies[:3]] + [(c["copy"], c["source"]) for c in copies[:1]]
        pairs = {frozenset(p) for p in self.diff_pairs}
        for x in self.ids["documents"]:
            for y in self.ids["documents"]:
                if x != y and frozenset((x, y)) not in pairs:
                    self.diff_pairs.append((x, y))
                    break
            if len(self.diff_pairs) > len(copies[:3]) + 1:
                break
        self.chunks = []

    def path_values(self, path):
        """Concrete values for a path's template."""
        if path == "/api/documents/{id}/copies":
            return self.ids["documents/copies"]
        m = re.fullmatch(r"/api/(documents|people|events|stories)/\{id\}", path)
        if m:
            return self.ids[m.group(1)]
        if path == "/{chunk}":
            return self.chunks
        if "{" in path:
            fail(path, "the check has no sample values for this template")
        return [None]

    def fill(self, path, value):
        return re.sub(r"\{[^}]+\}", urllib.parse.quote(value or "", safe=""), path)

    def query_sets(self, path, op):
        """Query strings to try: required parameters only, every parameter set, and each enum value."""
        params = {n: p for (n, where_in), p in self.spec.params(path, op).items() if where_in == "query"}
        if path == "/api/diff":
            return [{"a": a, "b": b} for a, b in self.diff_pairs]

        def value(name, p):
            v = self.query_values.get((path, name))
            if v is None and "example" in p:
                v = p["example"]
            return v

        required = {}
        for n, p in params.items():
            if p.get("required"):
                v = value(n, p)
                if v is None:
                    fail(f"GET {path}", f"no value for the required parameter {n}")
                    return []
                required[n] = v
        sets = [required]
        full = dict(required)
        for n, p in params.items():
            v = value(n, p)
            if v is not None:
                full[n] = v
        if full != required:
            sets.append(full)
        for n, p in params.items():
            for e in self.spec.resolve(p["schema"]).get("enum", []):
                sets.append({**required, n: e})
        return sets

    # -- (a) 200 answers, (c) 304 ---------------------------------------------------------
    def check_ok_answers(self):
        # Chunks of the UI script: the ones app.js imports.
        app = self.get("/app.js")
        if app.status == 200:
            self.chunks = sorted(set(re.findall(rb"chunk-[A-Za-z0-9]+\.js", app.body)))
            self.chunks = [c.decode() for c in self.chunks]
        for path, method, op in self.spec.operations():
            if method != "get":
                fail(f"{method.upper()} {path}", "the server answers GET only")
                continue
            values = self.path_values(path)
            if not values:
                print(f"openapi_check: note: no sample value for {path} (nothing to request)")
                continue
            for i, v in enumerate(values):
                for q in self.query_sets(path, op):
                    target = url(self.fill(path, v), q)
                    a = self.get(target)
                    if check_answer(self.spec, path, op, target, a, 200, self.checked_statuses):
                        self.checked_paths.add(path)
                    etag = a.headers.get("etag")
                    if a.status == 200 and "304" in op.get("responses", {}) and i == 0:
                        if not etag:
                            fail(f"GET {target}", "no ETag on a 200 answer")
                            continue
                        b = self.get(target, headers={"If-None-Match": etag})
                        check_answer(self.spec, path, op, target + " (If-None-Match)", b, 304,
                                     self.checked_statuses)
                        if b.headers.get("etag") != etag:
                            fail(f"GET {target}", f"304 with ETag {b.headers.get('etag')}, sent {etag}")
                        c = self.get(target, headers={"If-None-Match": '"not-the-etag"'})
                        if c.status != 200:
                            fail(f"GET {target}", f"a stale If-None-Match gave {c.status}, not 200")

    # -- (b) errors ------------------------------------------------------------------------
    def bad_requests(self, path, op):
        """(status, target, headers) of bad requests for one documented path."""
        params = {n: p for (n, where_in), p in self.spec.params(path, op).items() if where_in == "query"}
        values = self.path_values(path)
        base = self.fill(path, values[0] if values else "x")
        good = {n: self.query_values.get((path, n)) or p.get("example")
                for n, p in params.items() if p.get("required")}
        if path == "/api/diff":
            good = {"a": self.diff_pairs[0][0], "b": self.diff_pairs[0][1]}
        out = []
        out.append((400, url(base, good) + ("&" if good else "?") + "x=%FF", None))  # not UTF-8
        for n, p in params.items():
            s = self.spec.resolve(p["schema"])
            if s.get("type") == "integer":
                for bad in ("-1", "abc", "1234567890", ""):
                    out.append((400, url(base, {**good, n: bad}), None))
            if "enum" in s:
                out.append((400, url(base, {**good, n: "no-such-value"}), None))
            if "pattern" in s:
                out.append((400, url(base, {**good, n: "2021-1-1"}), None))
            if p.get("required"):
                rest = {k: v for k, v in good.items() if k != n}
                out.append((400, url(base, rest), None))
                out.append((400, url(base, {**rest, n: ""}), None))
        for m in re.finditer(r"\{([^}]+)\}", path):
            # A value outside the parameter's pattern, and a well-formed id that is not stored.
            out.append((404, self.fill(path, "not-an-id"), None))
            if path == "/api/documents/{id}":
                out.append((404, self.fill(path, "ffffffffffffffff"), None))
            elif re.fullmatch(r"/api/(people|events|stories)/\{id\}", path):
                out.append((404, self.fill(path, "Xnosuchrecord"), None))
        if path == "/api/diff":
            out.append((404, url(base, {"a": "ffffffffffffffff", "b": good["b"]}), None))
            out.append((404, url(base, {"a": good["a"], "b": "ffffffffffffffff"}), None))
        out.append((413, url(base, {**good, "x": "a" * 5000}), None))
        out.append((414, base + "?x=" + "a" * 9000, None))
        out.append((431, base, [(f"X-H{i}", "v") for i in range(101)]))
        return out

    def check_errors(self):
        for path, method, op in self.spec.operations():
            if not path.startswith("/api/"):
                continue
            documented = {s for s in op.get("responses", {}) if s in ERROR_STATUSES}
            tried = set()
            for status, target, header_list in self.bad_requests(path, op):
                tried.add(str(status))
                if str(status) not in documented:
                    a = self.get(target, header_list=header_list)
                    if a.status == status:
                        fail(f"GET {target[:120]}", f"answers {status}, which {path} does not document")
                    continue
                a = self.get(target, header_list=header_list)
                check_answer(self.spec, path, op, target[:120], a, status, self.checked_statuses)
            for s in sorted(documented - tried - {"500"}):
                fail(f"GET {path}", f"documents {s} but the check has no bad request for it")

    # -- (d) no undocumented endpoint ------------------------------------------------------
    def documented_regexes(self):
        out = []
        for path, _, op in self.spec.operations():
            params = self.spec.params(path, op)
            rx = ""
            for part in re.split(r"(\{[^}]+\})", path):
                if part.startswith("{"):
                    s = self.spec.resolve(params[(part[1:-1], "path")]["schema"])
                    pat = s.get("pattern", "^[^/]+$").lstrip("^").rstrip("$")
                    rx += f"(?:{pat})"
                else:
                    rx += re.escape(part)
            # Concrete paths win over templates (OpenAPI path matching).
            out.append(("{" in path, path, re.compile(rx)))
        return sorted(out)

    def documented_path_of(self, target, regexes):
        path = urllib.parse.urlsplit(target).path
        for _, doc_path, rx in regexes:
            if rx.fullmatch(path):
                return doc_path
        return None

    def route_patterns(self):
        """The srv.Get(...) patterns of the server's sources."""
        pats = []
        for f in sorted(self.src_dir.glob("*.cc")):
            text = f.read_text(encoding="utf-8")
            for m in re.finditer(r'srv\.Get\(\s*(?:R"\((.*?)\)"|"((?:[^"\\]|\\.)*)")', text, re.S):
                pats.append((f.name, m.group(1) if m.group(1) is not None else m.group(2)))
        return pats

    def sample_target(self, pattern):
        """A path the route pattern matches, with stored ids where the route wants one."""
        def group(m):
            before = pattern[:m.start()]
            seg = before.rstrip("/").rsplit("/", 1)[-1]
            ids = self.ids.get(seg) or ["0123456789abcdef"]
            return ids[0]
        return re.sub(r"\((?:[^()]|\([^()]*\))*\)", group, pattern)

    def check_no_undocumented(self):
        regexes = self.documented_regexes()
        pats = self.route_patterns()
        if len(pats) < 10:
            fail(str(self.src_dir), f"found only {len(pats)} srv.Get( patterns: is this the server's source?")
        catch_alls = {"/api/.*", "/.*"}
        for fname, pat in pats:
            if pat in catch_alls:
                continue
            target = self.sample_target(pat)
            if not re.fullmatch(pat, target):
                fail(f"{fname} {pat}", f"the sample {target} does not match the route")
                continue
            doc_path = self.documented_path_of(target, regexes)
            if doc_path is None:
                a = self.get(target)
                fail(f"GET {target}", f"the route {pat} ({fname}) answers {a.status} and is not in openapi.yaml")
        # The catch-alls: an unknown /api/ path is a 404 error; an unknown file a 404.
        probes = ["/api/", "/api/nope", "/api/document", "/api/person", "/api/stats/", "/api/stats/x",
                  "/api/documents/0123456789abcdef/x", "/api/documents/0123456789abcdef/copies/x",
                  "/api/people/P1/x", "/api/events/E1/x", "/api/stories/S1/x", "/api/search/x",
                  "/api/copies/x", "/api/diff/x", "/api/quotes/x", "/api/checks/x", "/api/conflicts/x",
                  "/api/conflicts/C1", "/api/copies/0123456789abcdef", "/api/places", "/api/analysis",
                  "/api/network", "/api/health", "/api/version", "/no-such-file", "/chunk-nope",
                  "/index.htm", "/app.css", "/web/app.js", "/api"]
        for target in probes:
            a = self.get(target)
            if a.status == 404:
                continue
            if self.documented_path_of(target, regexes) is None:
                fail(f"GET {target}", f"answers {a.status} but is not in openapi.yaml")
        page = self.get("/")
        if page.status != 200:
            fail("GET /", f"status {page.status}")
            return
        assets = re.findall(rb'(?:src|href)="(/?[^"#?:]+)"', page.body)
        for asset in assets:
            target = "/" + asset.decode().lstrip("./").lstrip("/")
            a = self.get(target)
            if a.status != 200:
                fail(f"GET {target}", f"the page loads it but it answers {a.status}")
            if self.documented_path_of(target, regexes) is None:
                fail(f"GET {target}", "the page loads it but it is not in openapi.yaml")
        for chunk in self.chunks:
            if self.documented_path_of("/" + chunk, regexes) is None:
                fail(f"GET /{chunk}", "app.js imports it but it is not in openapi.yaml")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--newsgraph", required=True, help="the newsgraph binary")
    ap.add_argument("--data", required=True, help="a folder to ingest (data/sample)")
    ap.add_argument("--spec", default=str(ROOT / "docs" / "openapi.yaml"))
    ap.add_argument("--src", default=str(ROOT / "src" / "server"), help="the server's sources (srv.Get patterns)")
    args = ap.parse_args()
    start = time.monotonic()

    spec = Spec(args.spec)
    check_spec_structure(spec)

    with tempfile.TemporaryDirectory(prefix="openapi_check.") as tmp:
        db = os.path.join(tmp, "x.db")
        ingest = subprocess.run([args.newsgraph, "ingest", "--db", db, args.data],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=60)
        if ingest.returncode != 0:
            print(f"openapi_check: ingest failed ({ingest.returncode}): {ingest.stderr[-2000:]}")
            return 1
        server = Server(args.newsgraph, db)
        try:
            c = Checker(spec, server, args.src)
            c.collect_samples()
            c.check_ok_answers()
            c.check_errors()
            c.check_no_undocumented()
        except Exception as e:  # a broken server or data set: report it as a failure
            fail("openapi_check", f"{type(e).__name__}: {e}")
            c = None
        finally:
            server.stop()

    for f in failures:
        print("FAIL", f)
    documented = sorted({p for p, _, _ in spec.operations()})
    if c is not None:
        unchecked = [p for p in documented if p not in c.checked_paths]
        for p in unchecked:
            print(f"FAIL GET {p}: documented but never answered 200 in the check")
        n_err = len({s for s in c.checked_statuses if s[1] in ERROR_STATUSES})
        print(f"openapi_check: {len(documented)} documented paths, {len(c.checked_paths)} answered 200 "
              f"and valid, {n_err} (path, error status) pairs checked, {c.requests} requests, "
              f"{len(failures) + len(unchecked)} failures, {time.monotonic() - start:.1f} s")
        if unchecked:
            return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
