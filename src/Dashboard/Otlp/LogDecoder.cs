using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// ExportLogsServiceRequest (collector/logs/v1): resource_logs 1. ResourceLogs: resource 1,
/// scope_logs 2. ScopeLogs: scope 1, log_records 2. LogRecord (logs/v1) field numbers below.
/// </summary>
internal static class LogDecoder
{
    public static List<LogEntry> Decode(ReadOnlySpan<byte> request)
    {
        var logs = new List<LogEntry>();
        var reader = new ProtoReader(request);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                ReadResourceLogs(reader.ReadBytes(), logs);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return logs;
    }

    private static void ReadResourceLogs(ReadOnlySpan<byte> data, List<LogEntry> logs)
    {
        var service = OtlpCommon.UnknownService;
        var first = logs.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.LengthDelimited): service = OtlpCommon.ReadResource(reader.ReadBytes()).Service; break;
                case (2, ProtoReader.LengthDelimited): ReadScopeLogs(reader.ReadBytes(), logs); break;
                default: reader.Skip(wireType); break;
            }
        }
        for (var i = first; i < logs.Count; i++)
        {
            logs[i] = logs[i] with { Service = service };
        }
    }

    private static void ReadScopeLogs(ReadOnlySpan<byte> data, List<LogEntry> logs)
    {
        var scope = "";
        var first = logs.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.LengthDelimited): scope = OtlpCommon.ReadScopeName(reader.ReadBytes()); break;
                case (2, ProtoReader.LengthDelimited): logs.Add(ReadLogRecord(reader.ReadBytes())); break;
                default: reader.Skip(wireType); break;
            }
        }
        for (var i = first; i < logs.Count; i++)
        {
            logs[i] = logs[i] with { Category = logs[i].Category.Length > 0 ? logs[i].Category : scope };
        }
    }

    /// <summary>LogRecord: time 1, severity_number 2, severity_text 3, body 5, attributes 6,
    /// trace_id 9, span_id 10, observed_time 11.</summary>
    private static LogEntry ReadLogRecord(ReadOnlySpan<byte> data)
    {
        ulong time = 0, observed = 0;
        var severity = 0;
        string severityText = "", body = "", traceId = "", spanId = "";
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.Fixed64): time = reader.ReadFixed64(); break;
                case (2, ProtoReader.Varint): severity = (int)reader.ReadVarint(); break;
                case (3, ProtoReader.LengthDelimited): severityText = reader.ReadString(); break;
                case (5, ProtoReader.LengthDelimited): body = OtlpCommon.ReadAnyValue(reader.ReadBytes()); break;
                case (6, ProtoReader.LengthDelimited): attributes.Add(OtlpCommon.ReadKeyValue(reader.ReadBytes())); break;
                case (9, ProtoReader.LengthDelimited): traceId = OtlpCommon.Id(reader.ReadBytes()); break;
                case (10, ProtoReader.LengthDelimited): spanId = OtlpCommon.Id(reader.ReadBytes()); break;
                case (11, ProtoReader.Fixed64): observed = reader.ReadFixed64(); break;
                default: reader.Skip(wireType); break;
            }
        }
        return new LogEntry
        {
            Time = OtlpCommon.FromUnixNanos(time != 0 ? time : observed),
            Service = OtlpCommon.UnknownService,
            SeverityNumber = severity,
            SeverityText = severityText,
            Body = body,
            TraceId = traceId,
            SpanId = spanId,
            Attributes = attributes,
        };
    }
}
