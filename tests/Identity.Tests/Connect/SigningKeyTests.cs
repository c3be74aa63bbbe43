using System.Text.Json;
using StPlatform.Identity.Security;

namespace StPlatform.Identity.Tests.Connect;

[Collection(SharedIdentityService.Name)]
public sealed class SigningKeyTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Published_signing_key_is_the_one_kept_on_disk_so_a_restart_keeps_tokens_valid()
    {
        using var client = fixture.CreateClient();

        var jwks = JsonDocument.Parse(await client.GetStringAsync(new Uri("/identity/.well-known/jwks", UriKind.Relative)));

        // What a restarted server would load: the same file, hence the same key id.
        var reloaded = KeyFiles.LoadOrCreate(fixture.Keys, KeyFiles.SigningFile);
        var published = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()).ToList();
        Assert.Equal([reloaded.KeyId], published);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Key_files_are_readable_by_their_owner_only()
    {
        var mode = File.GetUnixFileMode(Path.Combine(fixture.Keys, KeyFiles.SigningFile));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
    }

    [Fact]
    public async Task Discovery_document_names_the_code_flow_with_PKCE_and_the_revocation_endpoint()
    {
        using var client = fixture.CreateClient();

        var discovery = JsonDocument.Parse(await client.GetStringAsync(new Uri("/identity/.well-known/openid-configuration", UriKind.Relative))).RootElement;

        Assert.Equal("http://identity/", discovery.GetProperty("issuer").GetString());
        Assert.Contains("S256", discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        // Endpoints are addressed as the caller reached the server (a service through discovery, a browser through the gateway).
        Assert.EndsWith("/identity/connect/revoke", discovery.GetProperty("revocation_endpoint").GetString(), StringComparison.Ordinal);
    }
}
