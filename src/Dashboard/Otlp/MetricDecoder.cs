using System.Buffers.Binary;
using StPlatform.Dashboard.Telemetry;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// ExportMetricsServiceRequest (collector/metrics/v1): resource_metrics 1. ResourceMetrics:
/// resource 1, scope_metrics 2. ScopeMetrics: metrics 2. Metric: name 1, unit 3, gauge 5, sum 7,
/// histogram 9 (exponential histograms and summaries are not charted and are skipped).
/// </summary>
internal static class MetricDecoder
{
    public static List<MetricPoint> Decode(ReadOnlySpan<byte> request)
    {
        var points = new List<MetricPoint>();
        var reader = new ProtoReader(request);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                ReadResourceMetrics(reader.ReadBytes(), points);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return points;
    }

    private static void ReadResourceMetrics(ReadOnlySpan<byte> data, List<MetricPoint> points)
    {
        var service = OtlpCommon.UnknownService;
        var first = points.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.LengthDelimited): service = OtlpCommon.ReadResource(reader.ReadBytes()).Service; break;
                case (2, ProtoReader.LengthDelimited): ReadScopeMetrics(reader.ReadBytes(), points); break;
                default: reader.Skip(wireType); break;
            }
        }
        for (var i = first; i < points.Count; i++)
        {
            points[i] = points[i] with { Service = service };
        }
    }

    private static void ReadScopeMetrics(ReadOnlySpan<byte> data, List<MetricPoint> points)
    {
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 2 && wireType == ProtoReader.LengthDelimited)
            {
                ReadMetric(reader.ReadBytes(), points);
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    private static void ReadMetric(ReadOnlySpan<byte> data, List<MetricPoint> points)
    {
        string name = "", unit = "";
        var first = points.Count;
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (1, ProtoReader.LengthDelimited): name = reader.ReadString(); break;
                case (3, ProtoReader.LengthDelimited): unit = reader.ReadString(); break;
                case (5, ProtoReader.LengthDelimited): ReadDataPoints(reader.ReadBytes(), MetricKind.Gauge, points); break;
                case (7, ProtoReader.LengthDelimited): ReadDataPoints(reader.ReadBytes(), MetricKind.Sum, points); break;
                case (9, ProtoReader.LengthDelimited): ReadDataPoints(reader.ReadBytes(), MetricKind.Histogram, points); break;
                default: reader.Skip(wireType); break;
            }
        }
        for (var i = first; i < points.Count; i++)
        {
            points[i] = points[i] with { Name = name, Unit = unit };
        }
    }

    /// <summary>Gauge, Sum and Histogram all hold their data points in field 1.</summary>
    private static void ReadDataPoints(ReadOnlySpan<byte> data, MetricKind kind, List<MetricPoint> points)
    {
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                points.Add(kind == MetricKind.Histogram ? ReadHistogramPoint(reader.ReadBytes()) : ReadNumberPoint(reader.ReadBytes(), kind));
            }
            else
            {
                reader.Skip(wireType);
            }
        }
    }

    /// <summary>NumberDataPoint: time 3, as_double 4, as_int 6 (sfixed64), attributes 7.</summary>
    private static MetricPoint ReadNumberPoint(ReadOnlySpan<byte> data, MetricKind kind)
    {
        ulong time = 0;
        double value = 0;
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (3, ProtoReader.Fixed64): time = reader.ReadFixed64(); break;
                case (4, ProtoReader.Fixed64): value = reader.ReadDouble(); break;
                case (6, ProtoReader.Fixed64): value = (long)reader.ReadFixed64(); break;
                case (7, ProtoReader.LengthDelimited): attributes.Add(OtlpCommon.ReadKeyValue(reader.ReadBytes())); break;
                default: reader.Skip(wireType); break;
            }
        }
        return new MetricPoint { Service = "", Name = "", Kind = kind, Time = OtlpCommon.FromUnixNanos(time), Value = value, Attributes = attributes };
    }

    /// <summary>HistogramDataPoint: time 3, count 4, sum 5, bucket_counts 6, explicit_bounds 7, attributes 9.</summary>
    private static MetricPoint ReadHistogramPoint(ReadOnlySpan<byte> data)
    {
        ulong time = 0, count = 0;
        double sum = 0;
        var buckets = new List<ulong>();
        var bounds = new List<double>();
        var attributes = new List<KeyValuePair<string, string>>();
        var reader = new ProtoReader(data);
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field, wireType)
            {
                case (3, ProtoReader.Fixed64): time = reader.ReadFixed64(); break;
                case (4, ProtoReader.Fixed64): count = reader.ReadFixed64(); break;
                case (5, ProtoReader.Fixed64): sum = reader.ReadDouble(); break;
                case (6, ProtoReader.Fixed64): buckets.Add(reader.ReadFixed64()); break;
                case (6, ProtoReader.LengthDelimited): buckets.AddRange(Packed(reader.ReadBytes())); break;
                case (7, ProtoReader.Fixed64): bounds.Add(reader.ReadDouble()); break;
                case (7, ProtoReader.LengthDelimited): bounds.AddRange(Packed(reader.ReadBytes()).Select(BitConverter.UInt64BitsToDouble)); break;
                case (9, ProtoReader.LengthDelimited): attributes.Add(OtlpCommon.ReadKeyValue(reader.ReadBytes())); break;
                default: reader.Skip(wireType); break;
            }
        }
        return new MetricPoint
        {
            Service = "",
            Name = "",
            Kind = MetricKind.Histogram,
            Time = OtlpCommon.FromUnixNanos(time),
            Value = sum,
            Count = count,
            Bounds = bounds,
            BucketCounts = buckets,
            Attributes = attributes,
        };
    }

    /// <summary>A packed repeated fixed64 or double: 8 little-endian bytes each.</summary>
    private static ulong[] Packed(ReadOnlySpan<byte> data)
    {
        if (data.Length % 8 != 0)
        {
            throw new FormatException("A packed 64-bit field's length is not a multiple of 8.");
        }
        var values = new ulong[data.Length / 8];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64LittleEndian(data.Slice(i * 8, 8));
        }
        return values;
    }
}
