using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Web.Features.Reports;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG markup: no script, no third-party library, prints as it
/// shows. A hidden ("&lt;5") figure gets no bar, since its length would give the number away.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 640, LabelWidth = 240, RowHeight = 24;

    public sealed record Bar(string Label, int? Value, string Shown);

    public static IReadOnlyList<Bar> BarsOf(ReportTable table, Func<ReportLabel, string> text)
    {
        var chart = table.Chart ?? throw new InvalidOperationException("The table has no chart.");
        var rows = chart.SkipLastRow ? table.Rows.Take(table.Rows.Count - 1) : table.Rows;
        return rows.Select(r => (r, cell: r.Cells[chart.Column]))
            .Select(x => new Bar(text(x.r.Label), x.cell.Suppressed ? null : x.cell.Kind == CellKind.Rate ? x.cell.Percent : x.cell.Value, x.cell.Shown))
            .ToList();
    }

    public static string Render(string key, string title, IReadOnlyList<Bar> bars, bool percent)
    {
        if (bars.Count == 0)
        {
            return "";
        }

        var max = percent ? 100 : Math.Max(1, bars.Max(b => b.Value ?? 0));
        var svg = new StringBuilder();
        var height = bars.Count * RowHeight + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"report-chart\" role=\"img\" aria-label=\"{Encode(title)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" data-chart=\"{Encode(key)}\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"12\">{Encode(Clip(bar.Label))}</text>");
            if (bar.Value is { } v)
            {
                var w = (int)Math.Round((Width - LabelWidth - 60) * (double)Math.Min(v, max) / max);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{Math.Max(w, v > 0 ? 2 : 0)}\" height=\"16\" fill=\"#1565c0\"></rect>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6}\" y=\"{y + 15}\" font-size=\"12\">{Encode(bar.Shown)}</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + 6}\" y=\"{y + 15}\" font-size=\"12\" fill=\"#666\" class=\"suppressed\">{Encode(bar.Shown)}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Clip(string text) => text.Length > 38 ? text[..37] + "…" : text;
}
