namespace StPlatform.Hosting.Testing;

/// <summary>An AppHost's builder taken over by a test: adjust it, then build the application.</summary>
public interface IDistributedApplicationTestingBuilder : IDistributedApplicationBuilder
{
    /// <summary>Where child console lines go, e.g. <c>ITestOutputHelper.WriteLine</c>; null: nowhere.</summary>
    Action<string>? Output { get; set; }

    /// <summary>How long waits on resources last when the caller gives no timeout (60 s by default).</summary>
    TimeSpan DefaultTimeout { get; set; }

    Task<DistributedApplication> BuildAsync(CancellationToken cancellationToken = default);
}
