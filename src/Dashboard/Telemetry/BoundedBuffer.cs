namespace StPlatform.Dashboard.Telemetry;

/// <summary>
/// A ring of at most <c>capacity</c> items: adding past it overwrites the oldest. Writers hold the
/// lock only to copy references in, so an exporter's request never waits on a page being rendered
/// (readers copy out under the same short lock and filter outside it).
/// </summary>
public sealed class BoundedBuffer<T>
{
    private readonly T[] _items;
    private readonly Lock _gate = new();
    private long _written;

    public BoundedBuffer(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _items = new T[capacity];
    }

    public int Capacity => _items.Length;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return (int)Math.Min(_written, _items.Length);
            }
        }
    }

    /// <summary>How many items were overwritten since the start.</summary>
    public long Dropped
    {
        get
        {
            lock (_gate)
            {
                return Math.Max(0, _written - _items.Length);
            }
        }
    }

    public void AddRange(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        lock (_gate)
        {
            foreach (var item in items)
            {
                _items[_written % _items.Length] = item;
                _written++;
            }
        }
    }

    /// <summary>Every item held, oldest first.</summary>
    public T[] Snapshot()
    {
        lock (_gate)
        {
            var count = (int)Math.Min(_written, _items.Length);
            var result = new T[count];
            var start = (int)((_written - count) % _items.Length);
            var firstPart = Math.Min(count, _items.Length - start);
            Array.Copy(_items, start, result, 0, firstPart);
            Array.Copy(_items, 0, result, firstPart, count - firstPart);
            return result;
        }
    }
}
