namespace StPlatform.Dashboard.Telemetry;

/// <summary>One span as received: ids in lower-case hex, times in UTC.</summary>
public sealed record SpanData
{
    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    /// <summary>Empty for a root span.</summary>
    public string ParentSpanId { get; init; } = "";

    public required string Name { get; init; }

    /// <summary>OTLP SpanKind: 1 internal, 2 server, 3 client, 4 producer, 5 consumer.</summary>
    public int Kind { get; init; }

    public required string Service { get; init; }

    public string Scope { get; init; } = "";

    public DateTime Start { get; init; }

    public DateTime End { get; init; }

    /// <summary>OTLP status code: 0 unset, 1 ok, 2 error.</summary>
    public int StatusCode { get; init; }

    public string StatusMessage { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Attributes { get; init; } = [];

    public IReadOnlyList<SpanEvent> Events { get; init; } = [];

    public TimeSpan Duration => End - Start;

    public bool IsError => StatusCode == 2;

    public string KindName => Kind switch
    {
        2 => "server",
        3 => "client",
        4 => "producer",
        5 => "consumer",
        _ => "internal",
    };
}

public sealed record SpanEvent(DateTime Time, string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes);
