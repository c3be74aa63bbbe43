using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>Records what one service's <c>StPlatform.Messaging</c> meter reports, as an exporter would see it.</summary>
public sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _measurements = new();

    public MeterRecorder(IMeterFactory serviceMeters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == MessagingMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, serviceMeters))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument, value));
        _listener.Start();
    }

    public int Count(string instrument) => _measurements.TryGetValue(instrument, out var values) ? values.Count : 0;

    public double Sum(string instrument) => _measurements.TryGetValue(instrument, out var values) ? values.Sum() : 0;

    /// <summary>The latest value of a gauge, observed now.</summary>
    public double Observe(string instrument)
    {
        _listener.RecordObservableInstruments();
        return _measurements.TryGetValue(instrument, out var values) ? values.Last() : double.NaN;
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value) =>
        _measurements.GetOrAdd(instrument.Name, _ => new ConcurrentQueue<double>()).Enqueue(value);
}
