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

import weasyprint  # noqa: E402
from weasyprint import HTML, default_url_fetcher  # noqa: E402
from weasyprint.layout import preferred  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402


class SystemFonts(FontConfiguration):
    """The fonts of the system, shared by the documents until one adds its own (@font-face):
    fontconfig is set up once and Pango's font caches stay warm. The fonts found are the same
    for every document, so the PDF is too."""
    faces_added = False

    def add_font_face(self, rule_descriptors, url_fetcher):
        self.faces_added = True
        return super().add_font_face(rule_descriptors, url_fetcher)


# WeasyPrint's automatic table layout measures the text of every cell, word by word, for its
# narrowest and widest width, and measures much of it again and again; a third of a document's
# time. A measurement depends only on the text, the width it may take, these properties of its
# style (all that WeasyPrint 57's text/line_break.py reads) and the fonts, so while the fonts
# are the system's the driver measures a text once and recalls it after, in this document and
# the next: the widths, and so the PDF, are the same.
MEASURED_STYLE = (
    'font_family', 'font_feature_settings', 'font_kerning', 'font_language_override',
    'font_size', 'font_stretch', 'font_style', 'font_variant_alternates', 'font_variant_caps',
    'font_variant_east_asian', 'font_variant_ligatures', 'font_variant_numeric',
    'font_variant_position', 'font_variation_settings', 'font_weight', 'hyphenate_character',
    'hyphenate_limit_chars', 'hyphenate_limit_zone', 'hyphens', 'lang', 'letter_spacing',
    'overflow_wrap', 'tab_size', 'text_decoration_line', 'white_space', 'word_break',
    'word_spacing')
MOST_MEASUREMENTS = 50000  # about 30 MB; then forgotten, and measured again


def measure_once(measure):
    measured = {}

    def measure_or_recall(text, style, context, max_width, justification_spacing,
                          is_line_start=True, minimum=False):
        def measure_now():
            return measure(text, style, context, max_width, justification_spacing,
                           is_line_start, minimum)
        if getattr(context.font_config, 'faces_added', True):
            return measure_now()
        try:
            key = (text, max_width, justification_spacing, is_line_start, minimum,
                   *(style[name] for name in MEASURED_STYLE))
            return measured[key]
        except TypeError:  # a value that cannot be a key
            return measure_now()
        except KeyError:
            if len(measured) >= MOST_MEASUREMENTS:
                measured.clear()
            # Not the Pango layout, which preferred widths never use (and which would keep
            # the document's layout context alive): the widths, lengths and metrics.
            measured[key] = (None, *measure_now()[1:])
            return measured[key]
    return measure_or_recall


if weasyprint.__version__.startswith('57.'):
    preferred.split_first_line = measure_once(preferred.split_first_line)


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
