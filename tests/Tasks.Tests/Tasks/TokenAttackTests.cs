using System.Net;
using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.Tasks.Tasks;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>Tokens the service must refuse, each with a 401 problem and nothing else.</summary>
[Collection(SharedTasksService.Name)]
public sealed class TokenAttackTests(TasksFixture fixture)
{
    private const string Role = PlatformRoles.TaskOffice;

    public static TheoryData<string, string> Attacks()
    {
        var now = DateTime.UtcNow;
        return new()
        {
            { "alg none", TestTokens.WithoutSignature(ResourceNames.Tasks, Role, "SKHCN") },
            { "another service's audience", TestTokens.Issue(ResourceNames.Programmes, Role, "SKHCN") },
            { "expired", TestTokens.Issue(ResourceNames.Tasks, Role, "SKHCN", notBefore: now.AddHours(-2), expires: now.AddHours(-1)) },
            { "not yet valid", TestTokens.Issue(ResourceNames.Tasks, Role, "SKHCN", notBefore: now.AddHours(1), expires: now.AddHours(2)) },
            { "signed by a key nobody trusts", TestTokens.Issue(ResourceNames.Tasks, Role, "SKHCN", key: TestTokens.ForeignKey) },
            { "another issuer", TestTokens.Issue(ResourceNames.Tasks, Role, "SKHCN", issuer: "http://evil.example/") },
            { "not a token", "not-a-jwt" },
        };
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Refused_token_is_a_401_problem(string attack, string token)
    {
        using var client = fixture.CreateClientWithToken(token);

        using var response = await client.GetAsync(new Uri(TaskApi.Prefix, UriKind.Relative));

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{attack}: {response.StatusCode}");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Valid_token_for_this_service_is_accepted()
    {
        using var client = fixture.CreateClientWithToken(TestTokens.Issue(ResourceNames.Tasks, Role, "SKHCN"));

        using var response = await client.GetAsync(new Uri(TaskApi.Prefix, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
