using System.Security.Cryptography;
using System.Text;

namespace SocialPrescribing.CommunityDirectory.Apis.Oruk;

/// <summary>
/// ORUK gives every nested object (an address, a language, a cost option) its own UUID; we store
/// those as parts of their owner, so their ids are derived from the owner's id and the part's
/// name (an RFC 9562 version-5 style UUID): stable across reads, distinct across owners.
/// </summary>
public static class DerivedIds
{
    public static Guid For(Guid owner, string part)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetMaxByteCount(part.Length)];
        owner.TryWriteBytes(input, bigEndian: true, out _);
        var length = 16 + Encoding.UTF8.GetBytes(part, input[16..]);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input[..length], hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
