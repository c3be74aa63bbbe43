using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// Tokens signed with the identity service's own signing key (read from the folder where it keeps
/// it, as someone who stole it would), right issuer, and every claim a real token carries: only
/// their lifetime or audience is wrong, so only the services' lifetime and audience checks stand
/// between them and the data.
/// </summary>
[Collection(RunningPlatform.Name)]
public sealed class RealKeyTokenTests(PlatformFixture platform)
{
    private const string Issuer = "http://identity/";

    [Fact]
    public async Task The_key_read_from_the_identity_services_folder_is_the_one_it_publishes()
    {
        using var key = SigningKey();

        using var jwks = JsonDocument.Parse(await platform.Gateway.GetStringAsync("/identity/.well-known/jwks"));

        var published = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Contains(KeyId(key), published);
    }

    [Fact]
    public async Task A_well_formed_token_signed_with_the_real_key_is_accepted_so_the_refusals_below_are_about_lifetime_and_audience()
    {
        var now = DateTimeOffset.UtcNow;

        using var response = await GetTasksAsync(Sign("tasks", notBefore: now.AddMinutes(-1), expires: now.AddMinutes(10)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(AccessRecords.TaskTitle("STC"), await ResponseText.ReadAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("expired ten minutes ago", "tasks", -20, -10)]
    [InlineData("valid only from ten minutes on", "tasks", 10, 25)]
    [InlineData("made for the programme registry", "programmes", -1, 10)]
    public async Task A_token_signed_with_the_real_key_is_a_401_problem_through_the_gateway_when(
        string what, string audience, int notBeforeMinutes, int expiresMinutes)
    {
        var now = DateTimeOffset.UtcNow;

        using var response = await GetTasksAsync(Sign(audience, now.AddMinutes(notBeforeMinutes), now.AddMinutes(expiresMinutes)));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain(AccessRecords.TaskTitle("STC"), problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetTasksAsync(string token)
    {
        // The officer's own task exists, so a token wrongly accepted would show it.
        await AccessRecords.SharedAsync(platform);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasks?pageSize=100");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }

    private RSA SigningKey()
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(Path.Combine(platform.IdentityKeyDirectory, "signing.pem")));
        return rsa;
    }

    /// <summary>As the identity service names its key: from the public key, so stable across restarts.</summary>
    private static string KeyId(RSA key) => Base64Url(SHA256.HashData(key.ExportSubjectPublicKeyInfo())[..16]);

    /// <summary>Shaped as the identity service shapes an officer's token for the task office.</summary>
    private string Sign(string audience, DateTimeOffset notBefore, DateTimeOffset expires)
    {
        using var key = SigningKey();
        var header = Encode(new Dictionary<string, object> { ["alg"] = "RS256", ["kid"] = KeyId(key), ["typ"] = "at+jwt" });
        var payload = Encode(new Dictionary<string, object>
        {
            ["iss"] = Issuer,
            ["aud"] = audience,
            ["sub"] = Guid.NewGuid().ToString(),
            ["name"] = "officer.stc",
            ["role"] = "unit-officer",
            ["unit"] = "STC",
            ["scope"] = audience,
            ["jti"] = Guid.NewGuid().ToString(),
            ["iat"] = notBefore.ToUnixTimeSeconds(),
            ["nbf"] = notBefore.ToUnixTimeSeconds(),
            ["exp"] = expires.ToUnixTimeSeconds(),
        });
        var signature = key.SignData(Encoding.ASCII.GetBytes($"{header}.{payload}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{payload}.{Base64Url(signature)}";
    }

    private static string Encode(object part) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(part));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
