using System.Security.Cryptography;
using System.Text;

namespace StPlatform.Dashboard.Security;

/// <summary>
/// The run's login token (printed by the run command, as Aspire does) and the separate session key
/// the browser holds in its cookie once the token was presented, so the token never sits in a cookie.
/// </summary>
public sealed class DashboardSession(string? configuredToken)
{
    public string LoginToken { get; } = string.IsNullOrWhiteSpace(configuredToken) ? NewSecret() : configuredToken;

    internal string SessionKey { get; } = NewSecret();

    public bool IsLoginToken(string? candidate) => FixedTimeEquals(candidate, LoginToken);

    internal bool IsSessionKey(string? candidate) => FixedTimeEquals(candidate, SessionKey);

    private static bool FixedTimeEquals(string? candidate, string secret) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), Encoding.UTF8.GetBytes(secret));

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
