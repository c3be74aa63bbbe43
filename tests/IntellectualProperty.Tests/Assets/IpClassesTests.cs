using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.ServiceDefaults;

namespace StPlatform.IntellectualProperty.Tests.Assets;

public sealed class IpClassesTests
{
    [Theory]
    [InlineData(IpObjectType.Patent, "A01B 1/00", "A01B 1/00")]
    [InlineData(IpObjectType.UtilitySolution, "c02f  1/44", "C02F 1/44")]
    [InlineData(IpObjectType.IndustrialDesign, "06-01", "06-01")]
    [InlineData(IpObjectType.Trademark, "29", "29")]
    [InlineData(IpObjectType.Trademark, "5", "05")]
    public void Class_in_the_scheme_of_its_object_type_is_accepted_in_canonical_form(IpObjectType type, string value, string expected)
    {
        Assert.Equal(expected, IpClasses.Normalise(type, value, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(IpObjectType.Patent, "06-01")]
    [InlineData(IpObjectType.Patent, "Z01B 1/00")]
    [InlineData(IpObjectType.IndustrialDesign, "33-01")]
    [InlineData(IpObjectType.IndustrialDesign, "A01B 1/00")]
    [InlineData(IpObjectType.Trademark, "46")]
    [InlineData(IpObjectType.Trademark, "0")]
    [InlineData(IpObjectType.GeographicalIndication, "29")]
    public void Class_outside_the_scheme_of_its_object_type_is_refused_with_an_example(IpObjectType type, string value)
    {
        Assert.Null(IpClasses.Normalise(type, value, out var error));
        Assert.NotNull(error);
    }

    [Theory]
    [InlineData("0201234567", true)]
    [InlineData("0201234567-001", true)]
    [InlineData("020123456", false)]
    [InlineData("0201234567-01", false)]
    [InlineData("02012345678", false)]
    public void Tax_code_is_ten_digits_optionally_with_a_three_digit_branch(string value, bool valid) =>
        Assert.Equal(valid, TaxCode.IsWellFormed(value));
}
