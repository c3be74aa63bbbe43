using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StPlatform.Programmes.Indicators;

/// <summary>
/// An indicator's chart as server-rendered SVG (pages carry no script): the planned path from the
/// baseline through each milestone (dashed), the targets (squares) and the measured values (dots
/// joined by a line), years along the bottom. The figure is labelled by its title and description;
/// the page also shows the same numbers in a table.
/// </summary>
public static class IndicatorChart
{
    private const int Width = 640;
    private const int Height = 260;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 20;
    private const int Bottom = 40;

    public static string Render(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var indicator = report.Indicator;
        var targets = indicator.Targets.OrderBy(t => t.Year).ToList();
        var values = report.Values;
        var firstYear = indicator.BaselineYear;
        var lastYear = Math.Max(targets.Select(t => t.Year).DefaultIfEmpty(firstYear + 1).Max(), values.Select(v => v.Year).DefaultIfEmpty(firstYear).Max());
        var all = targets.Select(t => t.Value).Concat(values.Select(v => v.Value)).Append(indicator.BaselineValue).ToList();
        var (low, high) = (Math.Min(0, all.Min()), all.Max());
        if (high == low)
        {
            high = low + 1;
        }
        double X(int year) => Left + ((double)(year - firstYear) / Math.Max(1, lastYear - firstYear) * (Width - Left - Right));
        double Y(decimal value) => Top + ((double)((high - value) / (high - low)) * (Height - Top - Bottom));

        var id = $"chart-{indicator.Id:N}";
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 {Width} {Height}\" width=\"100%\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append(Invariant($"<title id=\"{id}-title\">{Encode(indicator.Name)} ({Encode(indicator.Unit)})</title>"));
        svg.Append(Invariant($"<desc id=\"{id}-desc\">{Encode(Describe(report))}</desc>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#595959\"/>"));
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#595959\"/>"));
        foreach (var value in new[] { low, high })
        {
            svg.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{Y(value) + 4:0.#}\" text-anchor=\"end\" font-size=\"12\">{Number(value)}</text>"));
        }
        for (var year = firstYear; year <= lastYear; year += Math.Max(1, (lastYear - firstYear + 9) / 10))
        {
            svg.Append(Invariant($"<text x=\"{X(year):0.#}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" font-size=\"12\">{year}</text>"));
        }
        var path = targets.Where(t => t.Year > firstYear).Select(t => (t.Year, t.Value)).Prepend((firstYear, indicator.BaselineValue));
        svg.Append(Invariant($"<polyline class=\"planned\" fill=\"none\" stroke=\"#767676\" stroke-width=\"2\" stroke-dasharray=\"6 4\" points=\"{Points(path, X, Y)}\"/>"));
        svg.Append(Invariant($"<circle class=\"baseline\" cx=\"{X(firstYear):0.#}\" cy=\"{Y(indicator.BaselineValue):0.#}\" r=\"5\" fill=\"#ffffff\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>"));
        foreach (var target in targets)
        {
            svg.Append(Invariant($"<rect class=\"target\" x=\"{X(target.Year) - 6:0.#}\" y=\"{Y(target.Value) - 6:0.#}\" width=\"12\" height=\"12\" fill=\"#b3001b\"><title>{target.Year}: {Number(target.Value)}</title></rect>"));
        }
        if (values.Count > 0)
        {
            svg.Append(Invariant($"<polyline class=\"measured\" fill=\"none\" stroke=\"#00458a\" stroke-width=\"3\" points=\"{Points(values.Select(v => (v.Year, v.Value)), X, Y)}\"/>"));
            foreach (var value in values)
            {
                svg.Append(Invariant($"<circle class=\"measurement\" cx=\"{X(value.Year):0.#}\" cy=\"{Y(value.Value):0.#}\" r=\"5\" fill=\"#00458a\"><title>{value.Year}: {Number(value.Value)}</title></circle>"));
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Describe(IndicatorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var i = report.Indicator;
        var targets = string.Join(", ", i.Targets.OrderBy(t => t.Year).Select(t => $"{t.Year}: {Number(t.Value)}"));
        var values = report.Values.Count == 0 ? "chưa có / none yet" : string.Join(", ", report.Values.Select(v => $"{v.Year}: {Number(v.Value)}"));
        return $"Cơ sở / Baseline {i.BaselineYear}: {Number(i.BaselineValue)}. Mục tiêu / Targets {targets}. Đo được / Measured {values}. "
            + $"{Trajectory.Vietnamese(report.Colour)} / {Trajectory.English(report.Colour)}.";
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Points(IEnumerable<(int Year, decimal Value)> points, Func<int, double> x, Func<decimal, double> y) =>
        string.Join(' ', points.Select(p => Invariant($"{x(p.Year):0.#},{y(p.Value):0.#}")));

    // Vietnamese stays readable in the page source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
