namespace StPlatform.Dashboard.Telemetry;

/// <summary>Traces assembled from the held spans: spans of one trace may come from many services.</summary>
public static class TraceQueries
{
    public static IReadOnlyList<TraceSummary> List(IEnumerable<SpanData> spans, string? service, string? text, int limit) =>
        spans.GroupBy(s => s.TraceId, StringComparer.Ordinal)
            .Select(Summarise)
            .Where(t => string.IsNullOrEmpty(service) || t.Services.Contains(service, StringComparer.Ordinal))
            .Where(t => string.IsNullOrEmpty(text) || t.Root.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
                || t.TraceId.StartsWith(text, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(t => t.Start)
            .Take(limit)
            .ToArray();

    /// <summary>The trace's spans depth first, children by start time; orphans (parent not held) start a branch.</summary>
    public static IReadOnlyList<WaterfallRow> Waterfall(IEnumerable<SpanData> spans, string traceId)
    {
        var trace = spans.Where(s => s.TraceId == traceId).ToArray();
        if (trace.Length == 0)
        {
            return [];
        }
        var start = trace.Min(s => s.Start);
        var total = Math.Max((trace.Max(s => s.End) - start).TotalMilliseconds, 0.001);
        var ids = trace.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        var children = trace.ToLookup(s => ids.Contains(s.ParentSpanId) ? s.ParentSpanId : "", StringComparer.Ordinal);
        var rows = new List<WaterfallRow>(trace.Length);
        void Visit(SpanData span, int depth)
        {
            var offset = (span.Start - start).TotalMilliseconds / total * 100;
            var width = Math.Max(span.Duration.TotalMilliseconds / total * 100, 0.3);
            rows.Add(new WaterfallRow(span, depth, offset, Math.Min(width, 100 - offset)));
            foreach (var child in children[span.SpanId].OrderBy(c => c.Start))
            {
                Visit(child, Math.Min(depth + 1, 64));
            }
        }
        foreach (var root in children[""].OrderBy(s => s.Start))
        {
            Visit(root, 0);
        }
        return rows;
    }

    private static TraceSummary Summarise(IGrouping<string, SpanData> trace)
    {
        var ids = trace.Select(s => s.SpanId).ToHashSet(StringComparer.Ordinal);
        var root = trace.Where(s => !ids.Contains(s.ParentSpanId)).MinBy(s => s.Start) ?? trace.MinBy(s => s.Start)!;
        var start = trace.Min(s => s.Start);
        return new TraceSummary(
            trace.Key,
            root,
            start,
            trace.Max(s => s.End) - start,
            trace.Select(s => s.Service).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            trace.Count(),
            trace.Any(s => s.IsError));
    }
}
