using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// ExportTraceServiceRequest (collector/trace/v1): resource_spans 1. ResourceSpans: resource 1,
/// scope_spans 2. ScopeSpans: scope 1, spans 2. Span (trace/v1) field numbers below.
/// </summary>
internal static class TraceDecoder
{
    public static List<SpanData> Decode(ReadOnlySpan<byte> request)
    {
        var spans = new List<SpanData>();
        var reader = new ProtoReader(request);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                ReadResourceSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> data, List<SpanData> spans)
    {
        var service = OtlpCommon.UnknownService;
        var first = spans.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field)
            {
                case 1 when wireType == ProtoReader.LengthDelimited:
                    service = OtlpCommon.ReadResource(reader.ReadBytes()).Service;
                    break;
                case 2 when wireType == ProtoReader.LengthDelimited:
                    ReadScopeSpans(reader.ReadBytes(), spans);
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        // The resource may follow its spans on the wire; the service is stamped once both are read.
        for (var i = first; i < spans.Count; i++)
        {
            spans[i] = spans[i] with { Service = service };
        }
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> data, List<SpanData> spans)
    {
        var scope = "";
        var first = spans.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field)
            {
                case 1 when wireType == ProtoReader.LengthDelimited:
                    scope = OtlpCommon.ReadScopeName(reader.ReadBytes());
                    break;
                case 2 when wireType == ProtoReader.LengthDelimited:
                    spans.Add(ReadSpan(reader.ReadBytes()));
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        for (var i = first; i < spans.Count; i++)
        {
            spans[i] = spans[i] with { Scope = scope };
        }
    }

    /// <summary>Span: trace_id 1, span_id 2, parent_span_id 4, name 5, kind 6, start 7, end 8,
    /// attributes 9, events 11, status 15.</summary>
    private static SpanData ReadSpan(ReadOnlySpan<byte> data)
    {
        string traceId = "", spanId = "", parentId = "", name = "", statusMessage = "";
        int kind = 0, statusCode = 0;
        ulong start = 0, end = 0;
        var attributes = new List<KeyValuePair<string, string>>();
        var events = new List<SpanEvent>();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.LengthDelimited): traceId = OtlpCommon.Id(reader.ReadBytes()); break;
                case (2, ProtoReader.LengthDelimited): spanId = OtlpCommon.Id(reader.ReadBytes()); break;
                case (4, ProtoReader.LengthDelimited): parentId = OtlpCommon.Id(reader.ReadBytes()); break;
                case (5, ProtoReader.LengthDelimited): name = reader.ReadString(); break;
                case (6, ProtoReader.Varint): kind = (int)reader.ReadVarint(); break;
                case (7, ProtoReader.Fixed64): start = reader.ReadFixed64(); break;
                case (8, ProtoReader.Fixed64): end = reader.ReadFixed64(); break;
                case (9, ProtoReader.LengthDelimited): attributes.Add(OtlpCommon.ReadKeyValue(reader.ReadBytes())); break;
                case (11, ProtoReader.LengthDelimited): events.Add(ReadEvent(reader.ReadBytes())); break;
                case (15, ProtoReader.LengthDelimited): (statusCode, statusMessage) = ReadStatus(reader.ReadBytes()); break;
                default: reader.Skip(wireType); break;
            }
        }
        var startTime = OtlpCommon.FromUnixNanos(start);
        return new SpanData
        {
            TraceId = traceId,
            SpanId = spanId,
            ParentSpanId = parentId,
            Name = name,
            Kind = kind,
            Service = OtlpCommon.UnknownService,
            Start = startTime,
            End = end < start ? startTime : OtlpCommon.FromUnixNanos(end),
            StatusCode = statusCode,
            StatusMessage = statusMessage,
            Attributes = attributes,
            Events = events,
        };
    }

    /// <summary>Span.Event: time_unix_nano 1, name 2, attributes 3.</summary>
    private static SpanEvent ReadEvent(ReadOnlySpan<byte> data)
    {
        ulong time = 0;
        var name = "";
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.Fixed64): time = reader.ReadFixed64(); break;
                case (2, ProtoReader.LengthDelimited): name = reader.ReadString(); break;
                case (3, ProtoReader.LengthDelimited): attributes.Add(OtlpCommon.ReadKeyValue(reader.ReadBytes())); break;
                default: reader.Skip(wireType); break;
            }
        }
        return new SpanEvent(OtlpCommon.FromUnixNanos(time), name, attributes);
    }

    /// <summary>Status: message 2, code 3.</summary>
    private static (int Code, string Message) ReadStatus(ReadOnlySpan<byte> data)
    {
        var (code, message) = (0, "");
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (2, ProtoReader.LengthDelimited): message = reader.ReadString(); break;
                case (3, ProtoReader.Varint): code = (int)reader.ReadVarint(); break;
                default: reader.Skip(wireType); break;
            }
        }
        return (code, message);
    }
}
