using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Tests.Organisations;

public sealed class TaxCodesTests
{
    [Theory]
    [InlineData("0201234567", true)]
    [InlineData("0201234567-001", true)]
    [InlineData("020123456", false)]
    [InlineData("0201234567-01", false)]
    [InlineData("0201234567001", false)]
    [InlineData("02012345６7", false)]
    [InlineData(null, false)]
    public void A_tax_code_is_ten_digits_or_ten_dash_three(string? taxCode, bool wellFormed) =>
        Assert.Equal(wellFormed, ServiceDefaults.TaxCode.IsWellFormed(taxCode));

    [Fact]
    public void A_branch_belongs_to_the_enterprise_of_its_first_ten_digits() =>
        Assert.Equal("0201234567", TaxCodes.Enterprise("0201234567-001"));
}
