namespace StPlatform.Hosting.Testing;

public static class DistributedApplicationTestingExtensions
{
    /// <summary>An HttpClient whose BaseAddress is the resource's endpoint (http by default).</summary>
    public static HttpClient CreateHttpClient(this DistributedApplication app, string resourceName, string? endpointName = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new HttpClient
        {
            BaseAddress = app.GetEndpoint(resourceName, endpointName ?? ResourceBuilderExtensions.HttpEndpointName),
        };
    }
}
