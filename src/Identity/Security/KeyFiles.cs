using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace StPlatform.Identity.Security;

/// <summary>
/// The server's signing and encryption keys, kept as PEM files in one folder so that tokens issued
/// before a restart still validate after it. Created on first start (readable by the owner only);
/// in production the folder is a persistent volume set by <c>Identity:KeyDirectory</c>.
/// </summary>
public static class KeyFiles
{
    public const string SigningFile = "signing.pem";
    public const string EncryptionFile = "encryption.pem";

    public static string DefaultDirectory => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "StPlatform", "identity", "keys");

    public static RsaSecurityKey LoadOrCreate(string directory, string fileName)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            using var created = RSA.Create(2048);
            WriteOwnerOnly(path, created.ExportPkcs8PrivateKeyPem());
        }
        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        // The key id is derived from the public key, so it is stable across restarts and instances.
        var id = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo())[..16]);
        return new RsaSecurityKey(rsa) { KeyId = id };
    }

    private static void WriteOwnerOnly(string path, string pem)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(temporary, options))
        {
            writer.Write(pem);
        }
        // Two instances starting at once: the first rename wins and both then read the same key.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }
}
