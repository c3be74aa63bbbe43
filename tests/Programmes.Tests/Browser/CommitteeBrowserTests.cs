using StPlatform.Programmes.Tests.Documents;

namespace StPlatform.Programmes.Tests.Browser;

/// <summary>
/// A programme manager, in a real (headless) Chromium, adds the committee's head on the document
/// page: first without a name, told so beside the field, then complete, and sees the member listed
/// and the addition in the document's history.
/// </summary>
[Collection(SharedProgrammesService.Name)]
public sealed class CommitteeBrowserTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Manager_adds_a_committee_member_on_the_document_page_after_being_told_the_name_is_missing()
    {
        using var client = fixture.CreateClient();
        var (_, _, body) = await SampleDocuments.CreateAsync(client);
        await using var browser = await ManagerBrowser.OpenAsync(fixture);
        var page = await browser.NewTabAsync();
        var submit = page.Locator("#add-member button[type=submit]");

        await page.GotoAsync($"/programmes/{body.GetProperty("id").GetGuid()}");
        await page.FillAsync("#position", "Chủ tịch");
        await page.FillAsync("#organisation", "UBND thành phố Hải Phòng");
        await page.SelectOptionAsync("#role", "head");
        await page.FillAsync("#termStart", "2021-03-10");
        await submit.ClickAsync();
        var nameError = await page.InnerTextAsync("#name-error");
        var nameInvalid = await page.GetAttributeAsync("#name", "aria-invalid");
        var positionKept = await page.InputValueAsync("#position");
        await page.FillAsync("#name", "Nguyễn Văn Tùng");
        await submit.ClickAsync();

        Assert.False(string.IsNullOrWhiteSpace(nameError));
        Assert.Equal("true", nameInvalid);
        Assert.Equal("Chủ tịch", positionKept);
        Assert.Contains("Nguyễn Văn Tùng", await page.InnerTextAsync("#committee"), StringComparison.Ordinal);
        Assert.Contains("Trưởng ban / Head", await page.InnerTextAsync("#committee"), StringComparison.Ordinal);
        Assert.Contains("Ban chỉ đạo / Steering committee: Nguyễn Văn Tùng, Chủ tịch", await page.InnerTextAsync("#history"), StringComparison.Ordinal);
    }
}
