using System.Security.Cryptography;

namespace StPlatform.Hosting.Orchestration;

internal static class Secrets
{
    private const string Alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random letters-and-digits secret: safe inside connection strings and URIs without escaping.</summary>
    public static string Generate(int length = 24) => RandomNumberGenerator.GetString(Alphabet, length);

    /// <summary>The secret kept in <paramref name="path"/>, created there (readable by its owner only) on first use.</summary>
    public static string ReadOrCreate(string path, int length = 24)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: > 0 } existing)
        {
            return existing;
        }
        var secret = Generate(length);
        File.WriteAllText(path, secret);
        UnixFiles.SetMode(path, UnixFiles.OwnerReadWrite);
        return secret;
    }
}
