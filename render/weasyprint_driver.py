# cpdoc's WeasyPrint driver: imports WeasyPrint once (about half the time of a small
# rendering) and prints every HTML document it is sent to PDF, as `weasyprint --quiet
# --pdf-variant VARIANT in.html out.pdf` would, byte for byte.
#
# Requests on standard input: "VARIANT SOURCE_DATE_EPOCH LENGTH\n" and LENGTH bytes of HTML
# (fontTools dates the fonts it subsets by SOURCE_DATE_EPOCH when it writes them).
# Replies on standard output: "pdf LENGTH\n" and the PDF, or "error LENGTH\n" and the
# traceback. It ends at the end of its input.
#
# It fetches nothing: no file, no network. A URL in the HTML (cpdoc writes none) gets only
# what a data: URL holds in itself.
import io
import os
import sys

requests = os.fdopen(os.dup(0), 'rb')
replies = os.fdopen(os.dup(1), 'wb')
os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
os.dup2(2, 1)  # whatever a library prints goes with the errors, never into a reply

import traceback  # noqa: E402

from weasyprint import HTML, default_url_fetcher  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402


class SystemFonts(FontConfiguration):
    """The fonts of the system, shared by the documents until one adds its own (@font-face):
    fontconfig is set up once and Pango's font caches stay warm. The fonts found are the same
    for every document, so the PDF is too."""
    faces_added = False

    def add_font_face(self, rule_descriptors, url_fetcher):
        self.faces_added = True
        return super().add_font_face(rule_descriptors, url_fetcher)


def fetch_nothing(url, timeout=10, ssl_context=None):
    if url.startswith('data:'):
        return default_url_fetcher(url, timeout, ssl_context)
    raise ValueError('cpdoc fetches nothing: ' + url)


def reply(kind, data):
    replies.write(b'%s %d\n' % (kind, len(data)) + data)
    replies.flush()


fonts = SystemFonts()
for header in requests:
    variant, epoch, length = header.decode('ascii').split()
    os.environ['SOURCE_DATE_EPOCH'] = epoch
    html = requests.read(int(length))
    try:
        # The options the weasyprint program passes, so the bytes are the same.
        pdf = HTML(file_obj=io.BytesIO(html), url_fetcher=fetch_nothing).write_pdf(
            optimize_size=('fonts',), variant=variant, font_config=fonts)
    except MemoryError:
        reply(b'error', b'MemoryError')
        sys.exit(1)  # what is left of the heap is not to be trusted with another document
    except Exception:
        reply(b'error', traceback.format_exc().encode('utf-8', 'replace'))
    else:
        reply(b'pdf', pdf)
    if fonts.faces_added:  # the next document gets the system's fonts only
        fonts = SystemFonts()
