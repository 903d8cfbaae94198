#include "audit_html_kit.hpp"

#include "grammar/printable.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

namespace cpdoc {

// HTML would show a line break as a space: escaped, a name reads as it is.
std::string html_escape(std::string_view text) { return markup_escaped(text); }

std::string whole_percent(double fraction) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.0f%%", std::floor(fraction * 100.0 + 0.5));
    return buffer;
}

// Dark enough on white for text, and distinguishable without colour by the label.
namespace {
const char* bar_colour(double fraction) {
    return fraction >= 0.9 ? "#1b6e3a" : fraction >= 0.7 ? "#8a5a00" : "#b3261e";
}
} // namespace

std::string bar_chart(const std::string& title, const std::vector<Bar>& bars) {
    const int row = 26, label_width = 250, bar_width = 360,
              height = row * static_cast<int>(bars.size()) + 10;
    std::ostringstream svg;
    svg << "<svg class=\"chart\" role=\"img\" aria-label=\"" << html_escape(title)
        << "\" viewBox=\"0 0 " << label_width + bar_width + 250 << ' ' << height
        << "\" width=\"100%\">\n<title>" << html_escape(title) << "</title>\n";
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& bar = bars[i];
        const int y = static_cast<int>(i) * row + 5;
        const int width = static_cast<int>(bar.fraction * bar_width + 0.5);
        svg << "<text x=\"" << label_width - 8 << "\" y=\"" << y + 17
            << "\" text-anchor=\"end\" class=\"label\">" << html_escape(bar.label) << "</text>"
            << "<rect x=\"" << label_width << "\" y=\"" << y + 3 << "\" width=\"" << bar_width
            << "\" height=\"18\" class=\"track\"/>"
            << "<rect x=\"" << label_width << "\" y=\"" << y + 3 << "\" width=\"" << width
            << "\" height=\"18\" fill=\"" << bar_colour(bar.fraction) << "\"/>"
            << "<text x=\"" << label_width + bar_width + 8 << "\" y=\"" << y + 17
            << "\" class=\"value\">" << whole_percent(bar.fraction) << " "
            << html_escape(bar.detail) << "</text>\n";
    }
    svg << "</svg>\n";
    return svg.str();
}

std::string trend_chart(const std::vector<HistoryPoint>& points) {
    const int width = 760, height = 220, left = 50, right = 20, top = 20, bottom = 40;
    std::ostringstream svg;
    svg << "<svg class=\"chart\" role=\"img\" aria-label=\"Compliance across audits\" viewBox=\"0 "
           "0 "
        << width << ' ' << height
        << "\" width=\"100%\">\n<title>Compliance across audits</title>\n";
    for (const int p : {0, 50, 100}) {
        const int y = top + (height - top - bottom) * (100 - p) / 100;
        svg << "<line x1=\"" << left << "\" x2=\"" << width - right << "\" y1=\"" << y << "\" y2=\""
            << y << "\" class=\"grid\"/><text x=\"" << left - 6 << "\" y=\"" << y + 4
            << "\" text-anchor=\"end\" class=\"label\">" << p << "%</text>\n";
    }
    std::string path;
    const std::size_t n = points.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double x = left + (n == 1 ? 0.5 : double(i) / double(n - 1)) * (width - left - right);
        const double y = top + (height - top - bottom) * (1.0 - points[i].compliance());
        char cx[32], cy[32];
        std::snprintf(cx, sizeof cx, "%.1f", x);
        std::snprintf(cy, sizeof cy, "%.1f", y);
        path += (i == 0 ? "M" : " L") + std::string(cx) + "," + cy;
        svg << "<circle cx=\"" << cx << "\" cy=\"" << cy << "\" r=\"4\" class=\"point\"/>"
            << "<text x=\"" << cx << "\" y=\"" << height - bottom + 18 << "\" text-anchor=\""
            << (n > 1 && i == 0       ? "start"
                : n > 1 && i + 1 == n ? "end"
                                      : "middle")
            << "\" class=\"label\">" << html_escape(points[i].date) << " ("
            << whole_percent(points[i].compliance()) << ")</text>\n";
    }
    svg << "<path d=\"" << path << "\" class=\"line\"/>\n</svg>\n";
    return svg.str();
}

const char* share_class(double fraction) {
    return fraction >= 0.9 ? "ok" : fraction >= 0.7 ? "low" : "bad";
}

} // namespace cpdoc
