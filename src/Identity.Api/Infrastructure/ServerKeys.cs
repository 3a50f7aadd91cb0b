using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;

namespace SocialPrescribing.Identity.Infrastructure;

/// <summary>
/// The RSA keys that sign tokens and encrypt codes and refresh tokens. In run mode they are
/// kept in <c>Identity:KeyDirectory</c> (owner-only), each wrapped with ASP.NET Core data
/// protection whose key ring lives beside them, so a restart keeps every issued token and
/// sign-in cookie valid. Without a directory (tests) they are ephemeral. Production would load
/// certificates from a secret store instead.
/// </summary>
internal static class ServerKeys
{
    private const string Purpose = "SocialPrescribing.Identity.ServerKeys";

    public static (SecurityKey Signing, SecurityKey Encryption) LoadOrCreate(string directory)
    {
        var folder = Directory.CreateDirectory(directory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var protector = DataProtectionProvider.Create(folder, b => b.SetApplicationName("identity")).CreateProtector(Purpose);
        return (LoadOrCreate(folder, "signing", protector), LoadOrCreate(folder, "encryption", protector));
    }

    private static RsaSecurityKey LoadOrCreate(DirectoryInfo folder, string use, IDataProtector protector)
    {
        var path = Path.Combine(folder.FullName, $"{use}-key.json");
        if (!File.Exists(path))
        {
            using var created = RSA.Create(2048);
            var stored = new StoredKey(Guid.NewGuid().ToString("N"), protector.Protect(created.ExportPkcs8PrivateKey()));
            try
            {
                // CreateNew: when two replicas start together, the second one reads the first one's key.
                using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                JsonSerializer.Serialize(file, stored);
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }

        var key = JsonSerializer.Deserialize<StoredKey>(File.ReadAllBytes(path))
            ?? throw new InvalidOperationException($"The {use} key file is empty.");
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(protector.Unprotect(key.ProtectedPkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }

    private sealed record StoredKey(string KeyId, byte[] ProtectedPkcs8);
}
