namespace StPlatform.Dashboard.Queues;

/// <summary>A queue and its error queue as the broker reports them; null counts: the queue does not exist.</summary>
public sealed record QueueDepth(string Name, uint? Messages, uint? Consumers, uint? ErrorMessages)
{
    public string ErrorQueue => QueueBrowser.ErrorQueueOf(Name);
}
