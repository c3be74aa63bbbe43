using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.Startups;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Verification;

[Collection(SharedStartupsService.Name)]
public sealed class SubmissionFlowTests(StartupsFixture fixture)
{
    private static readonly Uri Submissions = new($"{OrganisationApi.Prefix}/submissions", UriKind.Relative);

    [Fact]
    public async Task Self_submitted_entry_is_pending_until_an_editor_verifies_it_and_is_then_listed_and_announced()
    {
        using var anonymous = fixture.CreateAnonymousClient();
        using var editor = fixture.CreateClient();
        var name = SampleOrganisations.UniqueName();
        var taxCode = SampleOrganisations.UniqueTaxCode();

        using var submitted = await anonymous.PostAsJsonAsync(Submissions, SampleOrganisations.Request(name, taxCode));
        var id = (await submitted.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        var listedBefore = await anonymous.ReadAllPagesAsync(OrganisationApi.Prefix);
        using var profileBefore = await anonymous.GetAsync(new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative));
        var queue = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/queue", UriKind.Relative));
        var registeredBefore = await fixture.EventsAsync<OrganisationRegistered>(e => e.OrganisationId == id);

        using var verified = await editor.PostAsync(new Uri($"{OrganisationApi.Prefix}/{id}/verification", UriKind.Relative), null);
        var listedAfter = await anonymous.ReadAllPagesAsync(OrganisationApi.Prefix);

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.DoesNotContain(listedBefore, o => o.GetProperty("taxCode").GetString() == taxCode);
        Assert.Equal(HttpStatusCode.NotFound, profileBefore.StatusCode);
        Assert.Contains(queue.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        Assert.Empty(registeredBefore);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains(listedAfter, o => o.GetProperty("taxCode").GetString() == taxCode);
        var registered = Assert.Single(await fixture.EventsAsync<OrganisationRegistered>(e => e.OrganisationId == id));
        Assert.Equal(taxCode, registered.TaxCode);
        Assert.Equal(Contracts.Startups.OrganisationType.StEnterprise, registered.Type);
    }

    [Fact]
    public async Task Submission_with_a_tax_code_already_listed_is_a_409_pointing_to_a_claim()
    {
        var existing = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(existing); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync(Submissions, SampleOrganisations.Request(SampleOrganisations.UniqueName(), existing.TaxCode));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.Conflict, "taxCode");
        Assert.Contains($"/{existing.Id}/claims", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submission_whose_name_differs_only_in_diacritics_is_flagged_and_merged_by_an_editor()
    {
        var suffix = Unique.Suffix();
        var original = SampleOrganisations.Entity($"Công ty CP Công nghệ Hải Phòng {suffix}");
        await fixture.WithDbAsync(db => { db.Organisations.Add(original); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();
        using var editor = fixture.CreateClient();

        using var submitted = await anonymous.PostAsJsonAsync(Submissions,
            SampleOrganisations.Request($"CONG TY CP CONG NGHE HAI PHONG {suffix.ToUpperInvariant()}", SampleOrganisations.UniqueTaxCode()));
        var submission = await submitted.Content.ReadAsync<JsonElement>();
        var id = submission.GetProperty("id").GetGuid();
        var queue = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/queue", UriKind.Relative));
        using var merged = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{id}/merge", UriKind.Relative), new { intoId = original.Id });
        var duplicate = await editor.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative), JsonReading.Options);

        Assert.True(submission.GetProperty("possibleDuplicate").GetBoolean());
        var flagged = Assert.Single(queue.GetProperty("organisations").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);
        Assert.Equal(original.Id, flagged.GetProperty("possibleDuplicateOfId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal("merged", duplicate.GetProperty("organisation").GetProperty("state").GetString());
        Assert.Equal(original.Id, duplicate.GetProperty("mergedIntoId").GetGuid());
    }

    [Fact]
    public async Task Claim_approved_by_an_editor_makes_the_claimant_the_contact_on_the_profile()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();
        using var editor = fixture.CreateClient();
        var email = $"giamdoc.{Unique.Suffix()}@congnghehp.vn";

        using var claimed = await anonymous.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/claims", UriKind.Relative), new
        {
            claimantName = "Trần Văn Đức",
            position = "Giám đốc",
            email,
            evidence = "Giấy chứng nhận đăng ký doanh nghiệp, bản scan gửi qua email.",
        });
        var claimId = (await claimed.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var approved = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/claims/{claimId}/decision", UriKind.Relative), new { approve = true });
        using var again = await editor.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/claims/{claimId}/decision", UriKind.Relative), new { approve = false });
        var profile = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}", UriKind.Relative));
        var status = await anonymous.GetFromJsonAsync<JsonElement>(claimed.Headers.Location);

        Assert.Equal(HttpStatusCode.Accepted, claimed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(email, profile.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.String, profile.GetProperty("claimedAt").ValueKind);
        Assert.Equal(("approved", organisation.Name), (status.GetProperty("state").GetString(), status.GetProperty("organisationName").GetString()));
    }

    [Fact]
    public async Task Claim_without_evidence_or_email_is_refused_naming_them()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName());
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.PostAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}/claims", UriKind.Relative),
            new { claimantName = "Trần Văn Đức", position = "Giám đốc", email = "khong-phai-email" });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "email", "evidence");
    }

    [Fact]
    public async Task Anonymous_caller_cannot_verify_and_gets_a_401_problem()
    {
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.PostAsync(new Uri($"{OrganisationApi.Prefix}/{Guid.NewGuid()}/verification", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Submission_repeated_with_the_same_idempotency_key_creates_one_entry()
    {
        using var anonymous = fixture.CreateAnonymousClient();
        var taxCode = SampleOrganisations.UniqueTaxCode();
        var key = Guid.NewGuid().ToString();
        var body = SampleOrganisations.Request(SampleOrganisations.UniqueName(), taxCode);

        async Task<HttpResponseMessage> SubmitAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Submissions) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await anonymous.SendAsync(request);
        }

        using var first = await SubmitAsync();
        using var second = await SubmitAsync();
        var stored = await fixture.WithDbAsync(db => Task.FromResult(db.Organisations.Count(o => o.TaxCode == taxCode)));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, stored);
    }
}
