using System.Net;
using System.Text.Json;
using StPlatform.Contracts;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Identity.Tests.Connect;

[Collection(SharedIdentityService.Name)]
public sealed class ClientCredentialsTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Machine_client_gets_a_token_for_one_service_with_its_configured_role_and_unit()
    {
        using var client = fixture.CreateClient();

        using var response = await CodeFlow.PostTokenAsync(client, Machine(IdentityFixture.MachineSecret, ResourceNames.Startups));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = Jwt.Payload(JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!);
        Assert.Equal([ResourceNames.Startups], Jwt.Values(access, "aud"));
        Assert.Equal(IdentityFixture.MachineClientId, access.GetProperty("sub").GetString());
        Assert.Equal(["directory-editor"], Jwt.Values(access, "role"));
        Assert.Equal("SKHCN", access.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Machine_client_with_a_wrong_secret_gets_no_token()
    {
        using var client = fixture.CreateClient();

        using var response = await CodeFlow.PostTokenAsync(client, Machine("not-the-secret", ResourceNames.Startups));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Machine_client_cannot_ask_for_a_service_it_was_not_granted()
    {
        using var client = fixture.CreateClient();

        using var response = await CodeFlow.PostTokenAsync(client, Machine(IdentityFixture.MachineSecret, ResourceNames.Tasks));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    private static Dictionary<string, string> Machine(string secret, string scope) => new()
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = IdentityFixture.MachineClientId,
        ["client_secret"] = secret,
        ["scope"] = scope,
    };
}
