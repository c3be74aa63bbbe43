namespace StPlatform.Identity.Security;

/// <summary>Configuration section <c>Identity</c>: who the server says it is, where its keys live, its clients.</summary>
public sealed class IdentityServiceOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// The <c>iss</c> of every token. A service-discovery name by default, so that each service
    /// fetches the signing keys from <c>http://identity/...</c> like any other call between services.
    /// </summary>
    public Uri Issuer { get; set; } = new("http://identity/");

    public string? KeyDirectory { get; set; }

    /// <summary>Development only: one user per role and unit, all with <see cref="DevelopmentPassword"/>.</summary>
    public bool SeedDevelopmentUsers { get; set; }

    public string DevelopmentPassword { get; set; } = "Dev-Password-2026!";

    /// <summary>By client id (<c>Identity:Clients:gateway:ClientSecret</c>), so each source of configuration can add one.</summary>
    public Dictionary<string, ClientRegistration> Clients { get; set; } = [];
}

/// <summary>
/// An application allowed to ask for tokens: the gateway (code flow with PKCE for people) or a
/// machine (client credentials, e.g. another city's system feeding data).
/// </summary>
public sealed class ClientRegistration
{
    public string? ClientSecret { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary><c>code</c> (people through the gateway) or <c>client_credentials</c> (machines).</summary>
    public string Flow { get; set; } = "code";

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    /// <summary>The services (audiences) this client may ask tokens for.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>For a machine: the roles and unit its tokens carry.</summary>
    public List<string> Roles { get; set; } = [];

    public string? Unit { get; set; }
}
