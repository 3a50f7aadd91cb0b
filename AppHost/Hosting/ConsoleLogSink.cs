namespace SocialPrescribing.AppHost.Hosting;

/// <summary>Writes every resource's lines to the console behind its name, coloured per resource on a terminal.</summary>
internal sealed class ConsoleLogSink(IEnumerable<string> resourceNames)
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow, ConsoleColor.DarkGreen];

    private readonly List<string> _names = resourceNames.Prepend(DistributedApplication.HostLogName).ToList();
    private readonly Lock _gate = new();
    private readonly bool _colour = !Console.IsOutputRedirected;

    private int Width => _names.Max(n => n.Length);

    public void Write(ResourceLogLine line)
    {
        lock (_gate)
        {
            var index = _names.IndexOf(line.Resource);
            if (_colour)
            {
                Console.ForegroundColor = line.IsError ? ConsoleColor.Red : Palette[Math.Max(index, 0) % Palette.Length];
            }
            Console.Write(line.Resource.PadRight(Width));
            Console.Write(" | ");
            if (_colour)
            {
                Console.ResetColor();
            }
            Console.WriteLine(line.Text);
        }
    }

    public void WriteBlock(string text)
    {
        lock (_gate)
        {
            Console.WriteLine(text);
        }
    }
}
