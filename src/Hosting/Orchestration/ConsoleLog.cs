namespace StPlatform.Hosting.Orchestration;

/// <summary>The last lines a resource wrote, bounded so a chatty child cannot exhaust memory.</summary>
internal sealed class ConsoleLog(string resourceName, Action<string>? echo, int capacity = 2000)
{
    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
        }
        if (echo is null)
        {
            return;
        }
        try
        {
            echo($"{resourceName} | {line}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or IOException)
        {
            // A test's output helper throws once its test has ended; losing the echo is harmless.
        }
    }

    public IReadOnlyList<string> Tail(int count = int.MaxValue)
    {
        lock (_gate)
        {
            return _lines.Skip(Math.Max(0, _lines.Count - count)).ToArray();
        }
    }
}
