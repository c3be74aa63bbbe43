using System.Net;
using StPlatform.Contracts;
using StPlatform.Programmes.Tests.Documents;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Programmes.Tests.Attachments;

/// <summary>
/// The size cap on a real Kestrel, where request body limits exist (the in-process test server has
/// none): a body over the cap is answered 413 before it is read, so a client that asked
/// <c>Expect: 100-continue</c> never sends it and reads the answer instead of a broken connection.
/// </summary>
[Collection(SharedProgrammesService.Name)]
public sealed class UploadOverKestrelTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Body_over_the_cap_is_a_413_naming_the_file_field_on_the_api_and_on_the_page()
    {
        using var api = fixture.CreateClient();
        var (_, _, body) = await SampleDocuments.CreateAsync(api);
        var id = body.GetProperty("id").GetGuid();
        await using var factory = fixture.Service.WithWebHostBuilder(_ => { });
        using var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        using var client = new HttpClient(handler) { BaseAddress = factory.StartOnLoopback() };
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Issue(ResourceNames.Programmes, PlatformRoles.ProgrammeManager, "SKHCN"));
        client.DefaultRequestHeaders.ExpectContinue = true;
        var token = SampleFiles.AntiforgeryTokenOf(await client.GetStringAsync(new Uri($"/programmes/{id}", UriKind.Relative)));
        var oversized = new byte[3 * ProgrammesFixture.MaxAttachmentBytes];

        using var apiForm = SampleFiles.Form(oversized, "Bản scan.pdf");
        using var apiResponse = await client.PostAsync(new Uri($"/api/programmes/{id}/attachments", UriKind.Relative), apiForm);
        using var pageForm = SampleFiles.Form(oversized, "Bản scan.pdf", antiforgeryToken: token);
        using var pageResponse = await client.PostAsync(new Uri($"/programmes/{id}/attachments", UriKind.Relative), pageForm);

        await ProblemAssert.NamesFieldsAsync(apiResponse, HttpStatusCode.RequestEntityTooLarge, "file");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, pageResponse.StatusCode);
        Assert.Contains("id=\"file-error\"", await pageResponse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
