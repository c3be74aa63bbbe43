namespace StPlatform.Hosting;

/// <summary>The states a resource goes through, with Aspire's names.</summary>
public static class KnownResourceStates
{
    public const string NotStarted = nameof(NotStarted);
    public const string Waiting = nameof(Waiting);
    public const string Starting = nameof(Starting);
    public const string Running = nameof(Running);
    public const string RuntimeUnhealthy = nameof(RuntimeUnhealthy);
    public const string FailedToStart = nameof(FailedToStart);
    public const string Exited = nameof(Exited);
    public const string Finished = nameof(Finished);

    /// <summary>States a resource does not leave on its own: waiting on it longer is pointless.</summary>
    public static IReadOnlyList<string> TerminalStates { get; } = [FailedToStart, Exited, Finished];

    public static bool IsTerminal(string state) => TerminalStates.Contains(state);
}
