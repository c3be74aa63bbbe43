using System.Globalization;
using System.Text;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Pages;

/// <summary>Lays a chart's lines out on a 300×100 SVG box (drawn server-side: no script needed).</summary>
public sealed class ChartSvg
{
    public const int Width = 300;
    public const int Height = 100;

    public ChartSvg(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var points = chart.Lines.SelectMany(l => l.Points).ToArray();
        Start = points.Length == 0 ? DateTime.UtcNow : points.Min(p => p.Time);
        End = points.Length == 0 ? Start : points.Max(p => p.Time);
        Max = points.Length == 0 ? 0 : points.Max(p => p.Value);
    }

    public DateTime Start { get; }

    public DateTime End { get; }

    public double Max { get; }

    public string Polyline(ChartLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var span = Math.Max((End - Start).TotalSeconds, 1);
        var top = Max > 0 ? Max : 1;
        var text = new StringBuilder();
        foreach (var point in line.Points)
        {
            var x = (point.Time - Start).TotalSeconds / span * Width;
            var y = Height - point.Value / top * (Height - 4) - 2;
            text.Append(CultureInfo.InvariantCulture, $"{x:0.#},{y:0.#} ");
        }
        return text.ToString().TrimEnd();
    }

    public static string Number(double? value) => value switch
    {
        null => "–",
        >= 100 => value.Value.ToString("0", CultureInfo.InvariantCulture),
        >= 1 => value.Value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
