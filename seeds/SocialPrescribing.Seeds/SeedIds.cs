using System.Buffers.Binary;
using SocialPrescribing.ReferenceData;

namespace SocialPrescribing.Seeds;

/// <summary>
/// Turns seed ids into the GUIDs the services store, the same on every machine and every run,
/// so a demo activity keeps its id when the database is rebuilt and links in notes still work.
/// </summary>
public static class SeedIds
{
    /// <summary>A GUID id is returned as it is; a slug such as "need-loneliness" gives its version 5 GUID.</summary>
    public static Guid ToGuid(string id) => StableIds.ToGuid(id);

    /// <summary>
    /// A version 8 GUID that spells out where a synthetic item came from (seed, kind, index),
    /// e.g. seed 42, kind 3, index 1,000,000 is 0000002a-0003-8000-8000-0000000f4240.
    /// </summary>
    internal static Guid Synthetic(int seed, SyntheticKind kind, long index)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt32BigEndian(bytes, seed);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[4..], (ushort)kind);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], 0x8000);
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], index);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}

/// <summary>What a synthetic id names; part of the id, so ids of different kinds never collide.</summary>
internal enum SyntheticKind : ushort
{
    Organisation = 1,
    Location = 2,
    Activity = 3,
    Volunteer = 4,
    Person = 5,
    Referral = 6,
    HourLog = 7,
}
