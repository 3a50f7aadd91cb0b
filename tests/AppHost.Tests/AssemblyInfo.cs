// PostgreSQL and RabbitMQ run from Debian's packages, and the tests look at their processes through /proc.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
