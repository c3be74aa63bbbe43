using StPlatform.Startups.Certificates;
using StPlatform.Startups.Tests.Organisations;

namespace StPlatform.Startups.Tests.Certificates;

public sealed class StCertificateTests
{
    private static StCertificate Certificate() =>
        new() { Number = "42/DNKHCN", IssuedOn = new DateOnly(2023, 3, 15), Issuer = "Sở Khoa học và Công nghệ Hải Phòng" };

    [Fact]
    public void Revoked_certificate_keeps_its_date_and_reason_and_no_longer_certifies()
    {
        var organisation = SampleOrganisations.Entity("Công ty CP Vật liệu mới Đình Vũ");
        var certificate = Certificate();
        organisation.Certificates.Add(certificate);
        Assert.True(organisation.IsCertified);

        Assert.True(certificate.Revoke(new DateOnly(2026, 6, 1), "Không duy trì doanh thu từ sản phẩm KH&CN theo Nghị định 13/2019."));

        Assert.Equal(CertificateStatus.Revoked, certificate.Status);
        Assert.Equal(new DateOnly(2026, 6, 1), certificate.RevokedOn);
        Assert.False(organisation.IsCertified);
    }

    [Fact]
    public void Certificate_is_revoked_once_the_second_revocation_changes_nothing()
    {
        var certificate = Certificate();
        certificate.Revoke(new DateOnly(2026, 6, 1), "Lý do thứ nhất");

        Assert.False(certificate.Revoke(new DateOnly(2026, 7, 1), "Lý do thứ hai"));
        Assert.Equal("Lý do thứ nhất", certificate.RevocationReason);
    }
}
