using System.Text.Json;
using Microsoft.Extensions.Options;

namespace StPlatform.Gateway.Session;

/// <summary>The gateway's back-channel calls to the identity service's token and revocation endpoints.</summary>
public sealed class IdentityClient(HttpClient http, IOptions<GatewaySessionOptions> options)
{
    public const string TokenPath = "identity/connect/token";
    public const string RevocationPath = "identity/connect/revoke";

    private GatewaySessionOptions Settings => options.Value;

    public Task<TokenSet?> RedeemCodeAsync(string code, Uri redirectUri, string verifier, CancellationToken cancellationToken) =>
        RequestAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_verifier"] = verifier,
        }, cancellationToken);

    public Task<TokenSet?> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        RequestAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, cancellationToken);

    public async Task RevokeAsync(string refreshToken, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(Settings.Authority, RevocationPath), WithClient(new()
        {
            ["token"] = refreshToken,
            ["token_type_hint"] = "refresh_token",
        }), cancellationToken);
    }

    private async Task<TokenSet?> RequestAsync(Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(new Uri(Settings.Authority, TokenPath), WithClient(fields), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = body.RootElement;
        return new TokenSet(
            root.GetProperty("access_token").GetString()!,
            root.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString() : null,
            DateTimeOffset.UtcNow.AddSeconds(root.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 300));
    }

    private FormUrlEncodedContent WithClient(Dictionary<string, string> fields)
    {
        fields["client_id"] = Settings.ClientId;
        if (Settings.ClientSecret is { } secret)
        {
            fields["client_secret"] = secret;
        }
        return new FormUrlEncodedContent(fields);
    }
}

public sealed record TokenSet(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt);
