#!/usr/bin/env python3
"""Writes the bad-input zoo: hundreds of broken, hostile and odd inputs for `newsgraph ingest`.

    python3 scripts/reliability/make-zoo.py --out build/tests/zoo [--big-mb 100] [--bomb-mb 1024]

Standard library only. The files are generated, never checked in; the same arguments give the
same bytes (fixed seeds). Beside them, manifest.json lists every file with what ingest must do:
  "error"   the file is named on stderr with `reason` (a substring of the documented reason)
  "stored"  at least one document is stored from it
  "any"     stored, named with a reason, or both (bit flips, truncations: the outcome depends on
            where the damage falls) -- but never silently dropped, never a crash
  "skipped" nothing is stored and nothing is said (e.g. a folder symlink loop, walked once)
Categories: truncations and bit flips of every format (text, HTML, JSON Lines, WARC, and each
gzipped), wrong and lying charsets, gzip bombs and nested gzip, NUL bytes, single lines of
--big-mb MB, WARC records with lying Content-Length, JSON Lines with invalid UTF-8, huge numbers
and deep nesting, HTML nested 100k deep, zero-byte and unreadable (chmod 000) files, symlink loops.
An unreadable file is readable by root: the manifest marks it "unreadable": true so the test can
expect "permission denied" only when it runs unprivileged.
"""
import argparse
import gzip
import json
import os
import random
import shutil
import stat
import zlib

ARTICLE = (
    "Ministers agree to resume grain talks in Geneva\n\n"
    "Foreign Minister Sergey Lavrov met Secretary of State Antony Blinken in Geneva on Friday. "
    "\u201cWe will not accept delays,\u201d Lavrov told reporters after the two-hour meeting. "
    "About 4,500 people protested outside the Palais des Nations, police said, and the plan would "
    "cost \u20ac2.3 billion over three years. Blinken said the talks were \u201cfrank and useful\u201d.\n\n"
    "Officials from both delegations described the atmosphere as tense but businesslike. "
    "Caf\u00e9 owners in the old town reported brisk trade as journalists waited for news. "
    "A further round is planned for January in Vienna, a spokesman for the Swiss foreign ministry said.\n"
)


def page(title, body, charset="utf-8", extra_head=""):
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"%s\"><title>%s</title>%s</head>\n"
        "<body><nav><a href=\"/\">Home</a></nav><article><h1>%s</h1>\n%s</article>"
        "<footer>Example Times</footer></body></html>\n" % (charset, title, extra_head, title, body)
    )


def paragraphs(text):
    return "".join("<p>%s</p>\n" % p for p in text.split("\n\n")[1:] if p.strip())


HTML = page("Ministers agree to resume grain talks", paragraphs(ARTICLE))


def jsonl_lines(n=5):
    out = []
    for i in range(n):
        out.append(json.dumps({"text": ARTICLE.replace("Friday", "day %d" % i), "url": "https://example.com/%d" % i,
                               "title": "Talks %d" % i, "published": "2021-12-0%d" % (1 + i % 9)}))
    return ("\n".join(out) + "\n").encode()


def warc_record(wtype, uri, block, content_type, length=None, extra=""):
    head = "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-0000%08x>\r\nWARC-Date: 2021-12-06T10:00:00Z\r\n" % (
        wtype, zlib.crc32(("%s %s %d" % (wtype, uri, len(block))).encode()))
    if uri:
        head += "WARC-Target-URI: %s\r\n" % uri
    head += "Content-Type: %s\r\n%s" % (content_type, extra)
    head += "Content-Length: %s\r\n\r\n" % (len(block) if length is None else length)
    return head.encode() + block + b"\r\n\r\n"


def http_response(body, ctype="text/html", extra=""):
    return ("HTTP/1.1 200 OK\r\nContent-Type: %s\r\n%sContent-Length: %d\r\n\r\n" % (ctype, extra, len(body))).encode() + body


def warc_file(pages=3):
    out = warc_record("warcinfo", "", b"software: make-zoo.py\r\n", "application/warc-fields")
    for i in range(pages):
        body = page("Talks %d" % i, paragraphs(ARTICLE.replace("Friday", "day %d" % i))).encode()
        out += warc_record("response", "http://example.com/%d" % i, http_response(body), "application/http; msgtype=response")
    return out


def gz(data, mtime=0):
    return gzip.compress(data, mtime=mtime)


def gz_members(records):
    return b"".join(gz(r) for r in records)


class Zoo:
    def __init__(self, root):
        self.root = root
        self.entries = []

    def add(self, rel, data, expect, reason=None, why="", **extra):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if data is not None:
            with open(path, "wb") as f:
                if isinstance(data, (bytes, bytearray)):
                    f.write(data)
                else:  # an iterable of chunks (big files)
                    for chunk in data:
                        f.write(chunk)
        entry = {"path": rel, "expect": expect, "why": why}
        if reason:
            entry["reason"] = reason
        entry.update(extra)
        self.entries.append(entry)
        return path


def bases():
    text = ARTICLE.encode()
    warc_plain = warc_file()
    warc_gz = gz_members([warc_record("warcinfo", "", b"software: make-zoo.py\r\n", "application/warc-fields")] +
                         [warc_record("response", "http://example.com/%d" % i,
                                      http_response(page("Talks %d" % i, paragraphs(ARTICLE.replace("Friday", "day %d" % i))).encode()),
                                      "application/http; msgtype=response") for i in range(3)])
    return [
        ("text", "txt", text), ("html", "html", HTML.encode()), ("jsonl", "jsonl", jsonl_lines()),
        ("warc", "warc", warc_plain), ("text-gz", "txt.gz", gz(text)), ("html-gz", "html.gz", gz(HTML.encode())),
        ("jsonl-gz", "jsonl.gz", gz(jsonl_lines())), ("warc-gz", "warc.gz", warc_gz),
    ]


def truncations(zoo):
    for name, ext, data in bases():
        for cut in [1, 2, 10, len(data) // 100, len(data) // 10, len(data) // 3, len(data) // 2,
                    len(data) * 9 // 10, len(data) - 1]:
            cut = max(1, min(cut, len(data) - 1))
            rel = "truncated/%s-%07d.%s" % (name, cut, ext)
            reason = None
            expect = "any"
            if ext.endswith(".gz") and cut > 20:
                expect, reason = "error", "truncated gzip stream"
            if ext == "warc" and cut > 400 and cut < len(data) - 4:
                expect = "any"  # the records before the cut are read; the cut one is reported
            zoo.add(rel, data[:cut], expect, reason, "the first %d of %d bytes" % (cut, len(data)))


def bit_flips(zoo):
    rng = random.Random(14)
    for name, ext, data in bases():
        for flips in [1, 1, 8, 8, 64, 512]:
            b = bytearray(data)
            for _ in range(flips):
                i = rng.randrange(len(b))
                b[i] ^= 1 << rng.randrange(8)
            rel = "bitflip/%s-%03d-%d.%s" % (name, flips, rng.randrange(1 << 20), ext)
            zoo.add(rel, bytes(b), "any", None, "%d random bits flipped" % flips)


def charsets(zoo):
    ru = "Министр иностранных дел Сергей Лавров встретился с госсекретарём в Женеве. " * 20
    ja = "外務大臣はジュネーブで国務長官と会談した。交渉は来月も続く予定である。" * 20
    fr = "Le ministre a déclaré à la presse que les négociations reprendraient à Genève en été. " * 20
    cases = [
        ("latin1-undeclared.txt", fr.encode("latin-1"), "latin-1 bytes, no declaration"),
        ("cp1251-undeclared.txt", ru.encode("cp1251"), "windows-1251, no declaration"),
        ("koi8r-undeclared.txt", ru.encode("koi8_r"), "KOI8-R, no declaration"),
        ("shiftjis-undeclared.txt", ja.encode("shift_jis"), "Shift_JIS, no declaration"),
        ("eucjp-undeclared.txt", ja.encode("euc_jp"), "EUC-JP, no declaration"),
        ("utf16le-bom.txt", b"\xff\xfe" + fr.encode("utf-16-le"), "UTF-16LE with BOM"),
        ("utf16be-bom.txt", b"\xfe\xff" + fr.encode("utf-16-be"), "UTF-16BE with BOM"),
        ("utf16le-nobom.txt", fr.encode("utf-16-le"), "UTF-16LE without BOM"),
        ("utf32-bom.txt", b"\xff\xfe\x00\x00" + fr.encode("utf-32-le"), "UTF-32LE with BOM"),
        ("utf8-bom-then-latin1.txt", b"\xef\xbb\xbf" + fr.encode("latin-1"), "a UTF-8 BOM lying about latin-1 bytes"),
        ("html-meta-utf8-but-latin1.html", page("Négociations", "<p>%s</p>" % fr).encode("latin-1"), "meta says UTF-8, bytes are latin-1"),
        ("html-meta-latin1-but-utf8.html", page("Переговоры", "<p>%s</p>" % ru, "iso-8859-1").encode(), "meta says latin-1, bytes are UTF-8"),
        ("html-meta-unknown.html", page("Talks", paragraphs(ARTICLE), "x-no-such-charset-\u00e9").encode(), "an unknown charset label"),
        ("html-meta-utf7.html", page("Talks", "<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4- %s</p>" % fr, "utf-7").encode(), "a UTF-7 label (script smuggling)"),
        ("html-meta-utf16-but-utf8.html", page("Talks", paragraphs(ARTICLE), "utf-16").encode(), "meta says UTF-16, bytes are UTF-8"),
        ("html-two-metas.html", page("Talks", "<p>%s</p>" % ru, "koi8-r", '<meta charset="shift_jis">').encode("koi8_r"), "two different meta charsets"),
        ("html-shiftjis-declared.html", page("会談", "<p>%s</p>" % ja, "shift_jis").encode("shift_jis"), "Shift_JIS, declared"),
        ("utf8-overlong-surrogates.txt", ARTICLE.encode() + b" \xc0\xaf \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xf4\x90\x80\x80 \xff\xfe " + ARTICLE.encode(),
         "overlong forms, surrogates, 5-byte and out-of-range sequences"),
        ("utf8-truncated-sequence.txt", ARTICLE.encode() + b"\xe2\x82", "a multi-byte sequence cut at the end"),
    ]
    for rel, data, why in cases:
        if rel == "utf16le-nobom.txt":  # NUL in every other byte: documented as a binary file
            zoo.add("charset/" + rel, data, "error", "binary file", why)
            continue
        zoo.add("charset/" + rel, data, "stored", None, why)
    body = http_response(page("Talks", paragraphs(ARTICLE)).encode(), "text/html; charset=koi8-r")
    zoo.add("charset/warc-http-charset-lies.warc", warc_record("response", "http://example.com/x", body,
                                                              "application/http; msgtype=response"),
            "stored", None, "an HTTP charset=koi8-r over UTF-8 bytes")


def bomb(total_mb, unit=b"\0", prefix=b""):
    """A gzip member holding `prefix` then `total_mb` MiB of `unit` repeated, made in well under a
    second: one MiB is deflated once, ending in a full flush (byte-aligned, no reference to earlier
    data), and that segment is repeated."""
    block = (unit * ((1 << 20) // len(unit) + 1))[: 1 << 20]
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = z.compress(prefix) + z.flush(zlib.Z_FULL_FLUSH) if prefix else b""
    z = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    crc = zlib.crc32(prefix)
    for _ in range(total_mb):
        crc = zlib.crc32(block, crc)
    size = (len(prefix) + total_mb * len(block)) & 0xFFFFFFFF
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + head + segment * total_mb + end +
            crc.to_bytes(4, "little") + size.to_bytes(4, "little"))


def gzip_cases(zoo, bomb_mb, cap_mb):
    zoo.add("gzip/bomb-zeros.txt.gz", bomb(bomb_mb), "error", "binary file",
            "%d MB of NUL bytes in about 1 MB of gzip (refused after its first 64 KiB)" % bomb_mb)
    zoo.add("gzip/bomb-text.txt.gz", bomb(bomb_mb, b"word "), "error", "record too large",
            "%d MB of 'word ' in gzip" % (5 * bomb_mb))
    zoo.add("gzip/bomb-jsonl-line.jsonl.gz", bomb(bomb_mb, b"aaaa", b'{"text": "'),
            "error", "too long", "a gzipped JSON Lines line of %d MB" % bomb_mb)
    bomb_body = bomb(max(cap_mb * 2, 8), b"<p>x</p>")
    zoo.add("gzip/bomb-http-content-encoding.warc",
            warc_record("response", "http://example.com/bomb",
                        http_response(bomb_body, "text/html", "Content-Encoding: gzip\r\n"),
                        "application/http; msgtype=response") + warc_file(1),
            "any", "HTTP body", "an HTTP body gzip bomb inside a WARC record, then a good record")
    nested = ARTICLE.encode()
    for depth in range(1, 11):
        nested = gz(nested)
        if depth in (2, 3, 10):
            zoo.add("gzip/nested-%02d.txt.gz" % depth, nested, "any", None, "text gzipped %d times" % depth)
    zoo.add("gzip/nested-warc.warc.gz", gz(gz(warc_file())), "any", None, "a gzipped gzipped WARC")
    good = gz(ARTICLE.encode())
    bad_crc = bytearray(good)
    bad_crc[-8] ^= 0xff
    zoo.add("gzip/bad-crc.txt.gz", bytes(bad_crc), "error", "corrupt gzip stream", "a wrong CRC-32")
    bad_len = bytearray(good)
    bad_len[-4] ^= 0x01
    zoo.add("gzip/bad-isize.txt.gz", bytes(bad_len), "error", "corrupt gzip stream", "a wrong ISIZE trailer")
    zoo.add("gzip/header-only.txt.gz", good[:10], "error", "truncated gzip stream", "a gzip header and nothing else")
    zoo.add("gzip/magic-only.txt.gz", b"\x1f\x8b", "any", None, "two magic bytes")
    zoo.add("gzip/trailing-garbage.txt.gz", good + b"this is not gzip" * 10, "any", None, "garbage after the member")
    members = [gz(warc_record("response", "http://example.com/m%d" % i,
                              http_response(page("M%d" % i, paragraphs(ARTICLE.replace("Friday", "m%d" % i))).encode()),
                              "application/http; msgtype=response")) for i in range(3)]
    zoo.add("gzip/garbage-member-between.warc.gz", members[0] + b"\x1f\x8b\x08\x00garbage-member" * 3 + members[1] + members[2],
            "any", "corrupt gzip stream", "a broken member between good ones")
    flags = b"\x1f\x8b\x08\x1c\0\0\0\0\0\xff" + (b"x" * 200000) + b"\0" + (b"c" * 200000) + b"\0"
    zoo.add("gzip/huge-name-and-comment.txt.gz", flags + zlib.compress(ARTICLE.encode())[2:-4] + b"\0" * 8, "any", None,
            "FNAME and FCOMMENT of 200 KB each, then a bad trailer")
    fextra = b"\x1f\x8b\x08\x04\0\0\0\0\0\xff" + b"\xff\xff" + b"e" * 100
    zoo.add("gzip/lying-fextra-length.txt.gz", fextra, "error", None, "FEXTRA says 65535 bytes, 100 follow")


def nul_cases(zoo):
    zoo.add("nul/nul-first.txt", b"\0" + ARTICLE.encode(), "error", "binary file", "a NUL byte first")
    zoo.add("nul/nul-middle.html", HTML.encode().replace(b"<article>", b"<article>\0\0\0"), "error", "binary file",
            "NUL bytes inside the HTML")
    zoo.add("nul/all-nul.txt", b"\0" * 100000, "error", "binary file", "100 KB of NUL")
    zoo.add("nul/escaped-nul.jsonl", json.dumps({"text": ARTICLE + "\u0000 after a NUL"}).encode() + b"\n", "stored",
            None, "a \\u0000 escape in JSON text")
    zoo.add("nul/raw-nul-in-line.jsonl", b'{"text": "' + ARTICLE.encode().replace(b"\n", b" ") + b'\0"}\n' + jsonl_lines(1),
            "any", None, "a raw NUL inside a JSON string")
    zoo.add("nul/nul-in-warc-header.warc",
            warc_record("response", "http://example.com/\0nul", http_response(HTML.encode()), "application/http; msgtype=response"),
            "any", None, "a NUL in WARC-Target-URI")


def big_line_chunks(total_mb, prefix=b"", suffix=b"", unit=b"word "):
    yield prefix
    block = unit * ((1 << 20) // len(unit))
    for _ in range(total_mb):
        yield block
    yield suffix


def big_cases(zoo, big_mb):
    zoo.add("big/single-line.txt", big_line_chunks(big_mb), "error", "record too large",
            "one line of %d MB" % big_mb)
    zoo.add("big/single-line.jsonl", big_line_chunks(big_mb, b'{"text": "', b'"}\n'), "error", "too long",
            "one JSON Lines line of %d MB" % big_mb)
    zoo.add("big/single-line.html", big_line_chunks(big_mb, b"<html><body><p>", b"</p></body></html>"), "error",
            "record too large", "an HTML page of %d MB on one line" % big_mb)
    size = big_mb << 20
    head = ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://example.com/big\r\n"
            "Content-Type: text/plain\r\nContent-Length: %d\r\n\r\n" % size).encode()
    zoo.add("big/record.warc", big_line_chunks(big_mb, head, b"\r\n\r\n" + warc_file(1)), "any", "record too large",
            "a WARC record of %d MB, then a good one" % big_mb)


def warc_cases(zoo):
    good = warc_record("response", "http://example.com/good", http_response(HTML.encode()), "application/http; msgtype=response")
    block = http_response(page("Lying", paragraphs(ARTICLE.replace("Friday", "Sunday"))).encode())
    rec = lambda length, **kw: warc_record("response", "http://example.com/lie", block, "application/http; msgtype=response", length, **kw)
    cases = [
        ("length-too-long.warc", rec(len(block) + 500) + good, "error", "Content-Length", "Content-Length 500 bytes too long"),
        ("length-too-short.warc", rec(len(block) - 700) + good, "error", "Content-Length", "Content-Length 700 bytes too short"),
        ("length-beyond-eof.warc", rec(len(block) * 50), "error", "truncated record", "Content-Length past the end of the file"),
        ("length-negative.warc", rec(-5) + good, "error", "Content-Length", "Content-Length -5"),
        ("length-huge.warc", rec("99999999999999999999999999") + good, "error", "Content-Length", "a 26-digit Content-Length"),
        ("length-hex.warc", rec("0x100") + good, "error", "Content-Length", "Content-Length 0x100"),
        ("length-zero.warc", rec(0).replace(block, b"", 1) + good, "any", None, "an empty response record"),
        ("length-missing.warc", rec(len(block)).replace(b"Content-Length: %d\r\n" % len(block), b"") + good, "error",
         "missing Content-Length", "no Content-Length"),
        ("length-twice.warc", rec(len(block), extra="Content-Length: 3\r\n") + good, "any", None, "two Content-Length headers"),
        ("header-line-100k.warc", rec(len(block), extra="X-Long: " + "a" * 100000 + "\r\n") + good, "error",
         "header line too long", "a 100 KB header line"),
        ("header-block-2mb.warc", rec(len(block), extra="".join("X-H%d: %s\r\n" % (i, "b" * 1000) for i in range(2000))) + good,
         "error", "record header too large", "a 2 MB header block"),
        ("header-truncated.warc", good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Len", "error", "header",
         "the file ends inside a header line"),
        ("not-warc-between.warc", good + b"garbage garbage garbage\r\n" * 50 + good.replace(b"/good", b"/good2"), "error",
         "not a WARC record header", "garbage between records"),
        ("warc-inside-block.warc", warc_record("response", "http://example.com/inner",
                                               http_response(b"<html><body><p>" + good + b"</p></body></html>"),
                                               "application/http; msgtype=response", len(block)) + good, "any", None,
         "a WARC record inside another's block, with a lying length"),
        ("http-malformed.warc", warc_record("response", "http://example.com/m", b"NOT HTTP AT ALL\r\n\r\n" + HTML.encode(),
                                            "application/http; msgtype=response") + good, "any", "malformed HTTP response",
         "a response record without an HTTP head"),
        ("http-brotli.warc", warc_record("response", "http://example.com/br", http_response(b"\x8b\x02\x80abc", "text/html",
                                                                                          "Content-Encoding: br\r\n"),
                                         "application/http; msgtype=response") + good, "any", "unsupported Content-Encoding",
         "a brotli body"),
        ("http-chunked-lies.warc", warc_record("response", "http://example.com/c",
                                               b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               b"ffffffffffffffff\r\n<p>short</p>\r\n0\r\n\r\n", "application/http; msgtype=response") + good,
         "any", None, "a chunk size of 2^64-1"),
        ("only-warcinfo.warc", warc_record("warcinfo", "", b"software: zoo\r\n", "application/warc-fields"), "skipped", None,
         "a WARC with no content records"),
        ("version-2.warc", good.replace(b"WARC/1.0", b"WARC/2.0"), "any", None, "an unknown WARC version"),
        ("crlf-missing.warc", good.replace(b"\r\n", b"\n"), "any", None, "LF-only line ends"),
    ]
    for rel, data, expect, reason, why in cases:
        zoo.add("warc/" + rel, data, expect, reason, why)


def jsonl_cases(zoo):
    text = json.dumps(ARTICLE)
    line = lambda s: s.encode() + b"\n"
    deep = 100000
    cases = [
        ("invalid-utf8-in-text.jsonl", b'{"text": "' + ARTICLE.encode().replace(b"\n", b"\\n") + b' \xff\xfe\xc0\xaf"}\n', "any", None,
         "raw invalid UTF-8 inside the text string"),
        ("invalid-utf8-in-key.jsonl", b'{"te\xffxt": ' + text.encode() + b'}\n' + jsonl_lines(1), "any", None, "invalid UTF-8 in a key"),
        ("lone-surrogate-escape.jsonl", line('{"text": %s, "title": "\\ud800 alone \\udfff"}' % text), "stored",
         None, "lone surrogate escapes (no UTF-8 for them: each becomes U+FFFD)"),
        ("huge-numbers.jsonl", line('{"text": %s, "published": 1e999999, "n": 123456789012345678901234567890123456789}' % text),
         "any", None, "numbers beyond double and int64"),
        ("huge-number-published.jsonl", line('{"text": %s, "published": "99999999999999999999"}' % text), "stored", None,
         "a published date of 20 digits"),
        ("negative-zero-nan.jsonl", line('{"text": %s, "published": -0.0, "x": NaN}' % text), "error", "not valid JSON",
         "NaN is not JSON"),
        ("deep-array.jsonl", line('{"text": %s, "x": %s%s}' % (text, "[" * deep, "]" * deep)), "any", None,
         "an array nested %d deep" % deep),
        ("deep-object.jsonl", line('{"text": %s, "x": %s1%s}' % (text, '{"a":' * deep, "}" * deep)), "any", None,
         "an object nested %d deep" % deep),
        ("deep-unclosed.jsonl", line('{"text": %s, "x": %s' % (text, "[" * deep)) + jsonl_lines(1), "error", "not valid JSON",
         "%d unclosed brackets, then a good line" % deep),
        ("text-is-object.jsonl", line('{"text": {"a": 1}}'), "error", "empty or not a string", "text is an object"),
        ("text-is-number.jsonl", line('{"text": 12345}'), "error", "empty or not a string", "text is a number"),
        ("no-text.jsonl", line('{"title": "no body"}'), "error", 'no "text" or "html" field', "no text field"),
        ("not-object.jsonl", line('[1, 2, 3]') + line('"just a string"'), "error", "not a JSON object", "arrays and strings"),
        ("duplicate-keys.jsonl", line('{"text": "first", "text": %s}' % text), "any", None, "the text key twice"),
        ("many-keys.jsonl", line("{" + ", ".join('"k%d": %d' % (i, i) for i in range(100000)) + ', "text": %s}' % text), "stored",
         None, "100,000 keys"),
        ("bom-crlf.jsonl", b"\xef\xbb\xbf" + jsonl_lines(2).replace(b"\n", b"\r\n"), "any", None, "a BOM and CRLF line ends"),
        ("trailing-comma.jsonl", line('{"text": %s,}' % text), "error", "not valid JSON", "a trailing comma"),
        ("unterminated-string.jsonl", line('{"text": "never ends') + jsonl_lines(1), "error", "not valid JSON",
         "an unterminated string, then a good line"),
        ("blank-lines.jsonl", b"\n\n   \n" + jsonl_lines(1) + b"\n\t\n", "stored", None, "blank lines around a good one"),
        ("html-field-hostile.jsonl", line(json.dumps({"html": "<script>alert(1)</script>" + HTML, "url": "javascript:alert(1)"})),
         "stored", None, "script and a javascript: URL"),
        ("authors-wrong-types.jsonl", line('{"text": %s, "authors": [1, null, {"a": 2}, "Ann Example"], "url": 5}' % text),
         "stored", None, "authors and url of the wrong types"),
    ]
    for rel, data, expect, reason, why in cases:
        zoo.add("jsonl/" + rel, data, expect, reason, why)


def html_cases(zoo):
    deep = 100000
    body = paragraphs(ARTICLE)
    cases = [
        ("nested-div-100k.html", "<html><body>" + "<div>" * deep + body + "</div>" * deep + "</body></html>", "any",
         "nested 100k deep"),
        ("unclosed-b-100k.html", "<html><body>" + "<b>" * deep + body + "</body></html>", "any", "100k unclosed <b>"),
        ("nested-table-10k.html", "<html><body>" + "<table><tr><td>" * 10000 + body + "</td></tr></table>" * 10000 + "</body></html>",
         "any", "tables nested 10k deep"),
        ("huge-attribute.html", '<html><body><div class="' + "x" * (5 << 20) + '">' + body + "</div></body></html>", "any",
         "a 5 MB attribute"),
        ("many-attributes.html", "<html><body><div " + " ".join("a%d=1" % i for i in range(100000)) + ">" + body + "</div></body></html>",
         "any", "100k attributes"),
        ("unterminated-comment.html", "<html><body><!-- " + body + "</body></html>", "any", "a comment that never ends"),
        ("script-only.html", "<html><head><title>x</title></head><body><script>" + "var a=1;" * 1000 + "</script></body></html>",
         "error", "only script"),
        ("entities.html", "<html><body><p>" + "&#x110000; &#99999999999; &#0; &amp &lt;&gt; &nosuchentity; " * 200 + "</p>" + body +
         "</body></html>", "stored", "invalid and huge character references"),
        ("dtd-entities.html", '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
                              "<html><body><p>&d;&d;&d;&d;</p>" + body + "</body></html>", "any", "entity expansion (billion laughs)"),
        ("svg-math-cdata.html", "<html><body><svg><![CDATA[" + "x" * 1000 + "]]></svg><math><mi>x</mi></math>" + body + "</body></html>",
         "stored", "SVG, MathML and CDATA"),
        ("no-closing-tags.html", "<html><body><article><h1>Talks<p>" + ARTICLE.replace("\n\n", "<p>"), "stored", "nothing closed"),
        ("tags-only.html", "<div></div>" * 50000, "any", "50k empty divs"),
    ]
    for rel, data, expect, why in cases:
        reason = "no text remains after extraction" if expect == "error" else None
        zoo.add("html/" + rel, data.encode(), expect, reason, why)


def filesystem_cases(zoo):
    for ext in ["txt", "html", "jsonl", "warc", "txt.gz", "warc.gz"]:
        zoo.add("fs/empty.%s" % ext, b"", "error", "empty file", "zero bytes")
    zoo.add("fs/empty-gzip.txt.gz", gz(b""), "error", "empty file", "a gzip of zero bytes")
    zoo.add("fs/whitespace.txt", b" \n\t\r\n   \n" * 1000, "error", "no text", "white space only")
    p = zoo.add("fs/unreadable.txt", ARTICLE.encode(), "error", "permission denied", "chmod 000", unreadable=True)
    os.chmod(p, 0)
    loop_a = os.path.join(zoo.root, "fs/loop-a.txt")
    loop_b = os.path.join(zoo.root, "fs/loop-b.txt")
    os.symlink("loop-b.txt", loop_a)
    os.symlink("loop-a.txt", loop_b)
    zoo.add("fs/loop-a.txt", None, "error", "too many levels of symbolic links", "a file symlink loop a -> b -> a")
    zoo.add("fs/loop-b.txt", None, "error", "too many levels of symbolic links", "a file symlink loop b -> a -> b")
    os.makedirs(os.path.join(zoo.root, "fs/dir-loop"), exist_ok=True)
    zoo.add("fs/dir-loop/article.txt", ARTICLE.replace("Friday", "Saturday").encode(), "stored", None, "beside a folder loop")
    os.symlink("..", os.path.join(zoo.root, "fs/dir-loop/up"))
    zoo.add("fs/dir-loop/up", None, "skipped", None, "a symlink to its own parent folder: walked once")
    os.symlink("no-such-target.txt", os.path.join(zoo.root, "fs/dangling.txt"))
    zoo.add("fs/dangling.txt", None, "error", "no such file or directory", "a dangling symlink")
    zoo.add("fs/" + "n" * 240 + ".txt", ARTICLE.replace("Friday", "Monday").encode(), "stored", None, "a 244-byte file name")
    zoo.add("fs/name-with-spaces and 'quotes' \"here\".txt", ARTICLE.replace("Friday", "Tuesday").encode(), "stored", None,
            "spaces and quotes in the name")
    raw = os.path.join(zoo.root.encode(), b"fs", b"latin1-name-\xe9t\xe9.txt")
    with open(raw, "wb") as f:
        f.write(ARTICLE.replace("Friday", "Wednesday").encode())
    zoo.entries.append({"path_hex": b"fs/latin1-name-\xe9t\xe9.txt".hex(), "path": "fs/latin1-name-\\xe9t\\xe9.txt",
                        "expect": "stored", "why": "a file name that is not UTF-8"})
    zoo.add("fs/binary-elf.txt", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40, "error", "binary file", "an ELF header")
    zoo.add("fs/random-bytes.bin", random.Random(7).randbytes(200000), "any", None, "200 KB of random bytes")
    zoo.add("fs/control-chars.txt", bytes(range(1, 32)) * 3000, "error", "binary file", "control characters only")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="output folder (replaced)")
    ap.add_argument("--big-mb", type=int, default=100, help="size of the single-line files (default 100)")
    ap.add_argument("--bomb-mb", type=int, default=1024, help="decompressed size of the gzip bombs (default 1024)")
    ap.add_argument("--cap-mb", type=int, default=64, help="the --max-doc-mb ingest will run with (default 64)")
    args = ap.parse_args()
    if os.path.lexists(args.out):
        for dirpath, dirnames, _ in os.walk(args.out):
            for d in dirnames:
                os.chmod(os.path.join(dirpath, d), 0o755)
        unreadable = os.path.join(args.out, "files", "fs", "unreadable.txt")
        if os.path.exists(unreadable):
            os.chmod(unreadable, 0o644)
        shutil.rmtree(args.out)
    zoo = Zoo(os.path.join(args.out, "files"))
    os.makedirs(zoo.root)
    truncations(zoo)
    bit_flips(zoo)
    charsets(zoo)
    gzip_cases(zoo, args.bomb_mb, args.cap_mb)
    nul_cases(zoo)
    big_cases(zoo, args.big_mb)
    warc_cases(zoo)
    jsonl_cases(zoo)
    html_cases(zoo)
    filesystem_cases(zoo)
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump({"big_mb": args.big_mb, "bomb_mb": args.bomb_mb, "cap_mb": args.cap_mb, "files": zoo.entries}, f, indent=1)
    print("make-zoo: %d files in %s" % (len(zoo.entries), zoo.root))


if __name__ == "__main__":
    main()
