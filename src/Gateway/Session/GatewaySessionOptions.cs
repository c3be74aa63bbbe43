namespace StPlatform.Gateway.Session;

/// <summary>Configuration section <c>Gateway</c>: the gateway as the identity service's client.</summary>
public sealed class GatewaySessionOptions
{
    public const string Section = "Gateway";

    public string ClientId { get; set; } = "gateway";

    public string? ClientSecret { get; set; }

    /// <summary>Where the identity service is reached between services (service discovery).</summary>
    public Uri Authority { get; set; } = new("http://identity");

    public string Scopes { get; set; } = "openid profile offline_access programmes tasks ip startups";
}
