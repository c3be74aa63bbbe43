using System.Diagnostics.Metrics;
using StPlatform.Messaging;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// Rows per relay round, from the relay's own histogram (<see cref="MessagingMetrics.RelayRoundSize"/>),
/// as an exporter would read it: how far the relay's select, update and commit are shared.
/// </summary>
internal sealed class RelayRounds : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _rounds;
    private long _rows;

    public RelayRounds()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingMetrics.MeterName && instrument.Name == MessagingMetrics.RelayRoundSize)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, rows, _, _) =>
        {
            Interlocked.Increment(ref _rounds);
            Interlocked.Add(ref _rows, rows);
        });
        _listener.Start();
    }

    public (long Rounds, long Rows) Sample() => (Interlocked.Read(ref _rounds), Interlocked.Read(ref _rows));

    public static string Describe((long Rounds, long Rows) before, (long Rounds, long Rows) after)
    {
        var (rounds, rows) = (after.Rounds - before.Rounds, after.Rows - before.Rows);
        return rounds == 0 ? "no round" : $"{rounds} rounds, {rows} rows, {Measurements.Format((double)rows / rounds)} rows a round";
    }

    public void Dispose() => _listener.Dispose();
}
