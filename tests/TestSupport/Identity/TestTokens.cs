using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace StPlatform.TestSupport.Identity;

/// <summary>
/// Access tokens for a service hosted in-process, signed by a key this test process made and the
/// service was told to trust in place of the identity service's (<see cref="ServiceFixture{TProgram, TDbContext}"/>).
/// Shaped as the identity service shapes its own: issuer, audience, sub, name, role, unit. The
/// through-the-gateway tests use real tokens from the identity service instead.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "http://identity/";

    public static RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    /// <summary>A key nobody trusts, for forged tokens.</summary>
    public static RsaSecurityKey ForeignKey { get; } = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static string Issue(
        string audience, string role, string unit, string? subject = null,
        DateTime? notBefore = null, DateTime? expires = null, SecurityKey? key = null, string issuer = Issuer)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? now,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(15),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = subject ?? $"{role}.{unit}".ToLowerInvariant(),
                ["name"] = subject ?? $"{role}.{unit}".ToLowerInvariant(),
                ["role"] = role,
                ["unit"] = unit,
            },
        });
    }

    /// <summary>A token with no signature at all (<c>alg: none</c>), as an attacker would craft one.</summary>
    public static string WithoutSignature(string audience, string role, string unit)
    {
        var now = DateTimeOffset.UtcNow;
        return Jwt.Encode(new { alg = "none", typ = "JWT" }) + "." + Jwt.Encode(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["sub"] = "intruder",
            ["role"] = role,
            ["unit"] = unit,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddMinutes(15).ToUnixTimeSeconds(),
        }) + ".";
    }
}
