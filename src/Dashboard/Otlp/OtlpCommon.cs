using System.Globalization;

namespace StPlatform.Dashboard.Otlp;

/// <summary>
/// The shared messages of opentelemetry/proto/common/v1 and resource/v1: KeyValue, AnyValue,
/// InstrumentationScope and Resource (whose service.name names the sender).
/// </summary>
internal static class OtlpCommon
{
    public const string UnknownService = "unknown_service";

    public static KeyValuePair<string, string> ReadKeyValue(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        string key = "", value = "";
        while (reader.TryReadTag(out var field, out var wireType))
        {
            switch (field)
            {
                case 1 when wireType == ProtoReader.LengthDelimited:
                    key = reader.ReadString();
                    break;
                case 2 when wireType == ProtoReader.LengthDelimited:
                    value = ReadAnyValue(reader.ReadBytes());
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }
        return new(key, value);
    }

    /// <summary>AnyValue as text: string 1, bool 2, int 3, double 4, array 5, kvlist 6, bytes 7.</summary>
    public static string ReadAnyValue(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var value = "";
        while (reader.TryReadTag(out var field, out var wireType))
        {
            value = (field, wireType) switch
            {
                (1, ProtoReader.LengthDelimited) => reader.ReadString(),
                (2, ProtoReader.Varint) => reader.ReadVarint() != 0 ? "true" : "false",
                (3, ProtoReader.Varint) => ((long)reader.ReadVarint()).ToString(CultureInfo.InvariantCulture),
                (4, ProtoReader.Fixed64) => reader.ReadDouble().ToString(CultureInfo.InvariantCulture),
                (5, ProtoReader.LengthDelimited) => "[" + string.Join(", ", ReadRepeated(reader.ReadBytes(), ReadAnyValue)) + "]",
                (6, ProtoReader.LengthDelimited) => "{" + string.Join(", ", ReadRepeated(reader.ReadBytes(), kv => Format(ReadKeyValue(kv)))) + "}",
                (7, ProtoReader.LengthDelimited) => Convert.ToBase64String(reader.ReadBytes()),
                _ => SkipAndKeep(ref reader, wireType, value),
            };
        }
        return value;
    }

    /// <summary>Resource: attributes 1. Returns its service.name and every attribute.</summary>
    public static (string Service, List<KeyValuePair<string, string>> Attributes) ReadResource(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var attributes = new List<KeyValuePair<string, string>>();
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                attributes.Add(ReadKeyValue(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        var service = attributes.FirstOrDefault(a => a.Key == "service.name").Value;
        return (string.IsNullOrEmpty(service) ? UnknownService : service, attributes);
    }

    /// <summary>InstrumentationScope: name 1.</summary>
    public static string ReadScopeName(ReadOnlySpan<byte> data)
    {
        var reader = new ProtoReader(data);
        var name = "";
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                name = reader.ReadString();
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return name;
    }

    /// <summary>Unix nanoseconds as UTC; 0 (unset) as the time of receipt.</summary>
    public static DateTime FromUnixNanos(ulong nanos) =>
        nanos == 0 ? DateTime.UtcNow : DateTime.UnixEpoch.AddTicks((long)(nanos / 100));

    /// <summary>Trace and span ids as lower-case hex; all-zero or empty ids as "".</summary>
    public static string Id(ReadOnlySpan<byte> bytes) =>
        bytes.IsEmpty || !bytes.ContainsAnyExcept((byte)0) ? "" : Convert.ToHexStringLower(bytes);

    private static string Format(KeyValuePair<string, string> pair) => $"{pair.Key}: {pair.Value}";

    private delegate T SpanFunc<out T>(ReadOnlySpan<byte> data);

    private static List<string> ReadRepeated(ReadOnlySpan<byte> data, SpanFunc<string> read)
    {
        var reader = new ProtoReader(data);
        var items = new List<string>();
        while (reader.TryReadTag(out var field, out var wireType))
        {
            if (field == 1 && wireType == ProtoReader.LengthDelimited)
            {
                items.Add(read(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wireType);
            }
        }
        return items;
    }

    private static string SkipAndKeep(ref ProtoReader reader, int wireType, string value)
    {
        reader.Skip(wireType);
        return value;
    }
}
