"""Print a PDF's drawing content in a form two renders of one graph share.

cairo (through Graphviz's pdf:cairo device) places a glyph run at positions whose sixth decimal
depends on the process's address layout (`setarch -R` makes it stable), so two renders of one
graph can differ by 0.000001 pt. This prints every stream, inflated, with numbers rounded to
three decimals, and the file's dictionaries with stream lengths and offsets masked; two renders
must print the same text. Usage: pdf_content.py FILE.pdf
"""
import re
import sys
import zlib

data = open(sys.argv[1], "rb").read()
number = re.compile(rb"-?\d+\.\d+")
out = []
position = 0
for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
    skeleton = re.sub(rb"\d+", b"#", data[position:match.start()])
    out.append(skeleton)
    body = match.group(1)
    try:
        body = zlib.decompress(body)
    except zlib.error:
        pass
    out.append(number.sub(lambda m: b"%.3f" % float(m.group(0)), body))
    position = match.end()
out.append(re.sub(rb"\d+", b"#", data[position:]))
sys.stdout.buffer.write(b"\n".join(out))
