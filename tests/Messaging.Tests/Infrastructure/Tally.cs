using System.Globalization;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// The Jepsen-style counters of one run. Attempted writes were tried, acknowledged ones committed
/// (2xx). Delivered events had their effect applied at least once, lost ones were acknowledged
/// but never applied, duplicated effects were applied more than once.
/// </summary>
public sealed record Tally(string Scenario, int Attempted, int Acknowledged, int Delivered, int Lost, int DuplicatedEffects, int Deliveries)
{
    /// <summary>Where the events stood when settling timed out: outbox, queues, inbox.</summary>
    public string? Diagnosis { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"[{Scenario}] attempted={Attempted} acknowledged={Acknowledged} delivered={Delivered} lost={Lost} duplicated-effects={DuplicatedEffects} deliveries-seen={Deliveries}")
        + (Diagnosis is null ? "" : $"{Environment.NewLine}  not settled in time: {Diagnosis}");

    public void AssertNothingLostOrDuplicated(ITestOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(ToString());
        Assert.Equal(0, Lost);
        Assert.Equal(0, DuplicatedEffects);
        Assert.Equal(Acknowledged, Delivered);
    }
}
