using System.Security.Cryptography;
using System.Text;

namespace SocialPrescribing.ReferenceData;

/// <summary>
/// Turns slugs (a taxonomy term's "need-loneliness", a demo organisation's id) into the GUIDs the services store, the
/// same on every machine and every run, so every service names a term by the same id.
/// </summary>
public static class StableIds
{
    /// <summary>Namespace of the name-based (RFC 9562 version 5) GUIDs made from slugs; never change it.</summary>
    private static readonly Guid SlugNamespace = new("6f1d5a52-3c1e-4b7a-9a51-2d7c0e8b4f10");

    /// <summary>A GUID id is returned as it is; a slug such as "need-loneliness" gives its version 5 GUID.</summary>
    public static Guid ToGuid(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (Guid.TryParse(id, out var guid))
        {
            return guid;
        }
        var name = Encoding.UTF8.GetBytes(id);
        var input = new byte[16 + name.Length];
        SlugNamespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
