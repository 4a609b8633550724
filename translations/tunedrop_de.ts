<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation>TuneDrop lädt einen Video- oder Audio-Link herunter (oder konvertiert eine lokale Datei) und speichert den Ton als getaggte MP3-Datei.</translation>
    </message>
    <message>
        <source>Run the queue without a window until stopped (SIGINT/SIGTERM).</source>
        <translation>Die Warteschlange ohne Fenster ausführen, bis sie beendet wird (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>With --headless: convert the given items, print the path of each MP3, then exit.</source>
        <translation>Mit --headless: die angegebenen Einträge konvertieren, den Pfad jeder MP3-Datei ausgeben und dann beenden.</translation>
    </message>
    <message>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation>Alle Einstellungen und den Zustand in &lt;ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation>MP3-Dateien in &lt;ordner&gt; schreiben (Standard: der Bibliotheksordner).</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation>Qualität der variablen Bitrate, 0 (beste Qualität) bis 9 (kleinste Datei), statt CBR.</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation>Wie viele Konvertierungen gleichzeitig laufen, 1 bis 16.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation>Immer neu kodieren, auch MP3-Quellen, die verlustfrei kopiert werden könnten.</translation>
    </message>
    <message>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation>ID3v2.3-Tags (für ältere Player) statt ID3v2.4 schreiben.</translation>
    </message>
    <message>
        <source>Links or local media files to convert.</source>
        <translation>Links oder lokale Mediendateien zum Konvertieren.</translation>
    </message>
    <message>
        <source>[items...]</source>
        <translation>[einträge...]</translation>
    </message>
    <message>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation>Verwenden Sie entweder --bitrate oder --vbr, nicht beides.</translation>
    </message>
    <message>
        <source>The bitrate or quality must be a whole number.</source>
        <translation>Die Bitrate bzw. Qualität muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--workers must be between 1 and 16.</source>
        <translation>--workers muss zwischen 1 und 16 liegen.</translation>
    </message>
    <message>
        <source>--once needs at least one link or file to convert.</source>
        <translation>--once braucht mindestens einen Link oder eine Datei zum Konvertieren.</translation>
    </message>
    <message>
        <source>Start the web server (phones and browsers can add links and download MP3s).</source>
        <translation>Den Webserver starten (Telefone und Browser können Links hinzufügen und MP3s herunterladen).</translation>
    </message>
    <message>
        <source>Web server port (default 8080).</source>
        <translation>Port des Webservers (Standard 8080).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Address the web server listens on (default 127.0.0.1).</source>
        <translation>Adresse, auf der der Webserver lauscht (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Accept web links to this computer&apos;s own addresses (trusted setups, tests).</source>
        <translation>Weblinks auf die eigenen Adressen dieses Computers annehmen (vertrauenswürdige Umgebungen, Tests).</translation>
    </message>
    <message>
        <source>--web-port must be a port number (1 to 65535, or 0 for any free port).</source>
        <translation>--web-port muss eine Portnummer sein (1 bis 65535, oder 0 für einen beliebigen freien Port).</translation>
    </message>
    <message>
        <source>Read the web server&apos;s access password from standard input, store its salted hash and exit.</source>
        <translation>Das Zugangspasswort des Webservers von der Standardeingabe lesen, seinen gesalzenen Hash speichern und beenden.</translation>
    </message>
    <message>
        <source>Ask for the access password even on this computer (shared machines).</source>
        <translation>Das Zugangspasswort auch auf diesem Computer verlangen (gemeinsam genutzte Rechner).</translation>
    </message>
    <message>
        <source>Print the web API token (for &quot;Authorization: Bearer&quot;) and exit.</source>
        <translation>Das Web-API-Token (für „Authorization: Bearer“) ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever).</source>
        <translation>Fertige MP3s so viele Stunden nach ihrer Erstellung löschen (Standard 8; 0 behält sie für immer).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>--retention-hours must be between 0 (keep forever) and 8760.</source>
        <translation>--retention-hours muss zwischen 0 (für immer behalten) und 8760 liegen.</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.</source>
        <translation>Das neueste yt-dlp herunterladen, seine Prüfsumme prüfen und es für TuneDrop installieren, dann beenden.</translation>
    </message>
    <message>
        <source>Where yt-dlp releases are downloaded from (a mirror of the official layout).</source>
        <translation>Woher yt-dlp-Versionen heruntergeladen werden (ein Spiegel der offiziellen Struktur).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit.</source>
        <translation>Die Anmelde-Cookies einer Netscape-cookies.txt-Datei für yt-dlp im Schlüsselbund des Systems aufbewahren, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Remove the imported sign-in cookies, then exit.</source>
        <translation>Die importierten Anmelde-Cookies entfernen, dann beenden.</translation>
    </message>
    <message>
        <source>Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run.</source>
        <translation>yt-dlp bei diesem Aufruf die Anmelde-Cookies aus diesem Browser lesen lassen (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale).</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less.</source>
        <translation>Konstante Bitrate in kbit/s, 8 bis 320 (Standard 192); unter 32 nur für Quellen mit 24 kHz oder weniger.</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For only from this reverse proxy&apos;s address (may be given more than once).</source>
        <translation>X-Forwarded-For nur von der Adresse dieses Reverse-Proxys glauben (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address, not “%1”.</source>
        <translation>--trusted-proxy braucht eine IP-Adresse, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The job list in %1 cannot be opened: %2</source>
        <translation>Die Auftragsliste in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not an address the web server can listen on.</source>
        <translation>„%1“ ist keine Adresse, auf der der Webserver lauschen kann.</translation>
    </message>
    <message>
        <source>The imported sign-in cookies cannot be read from the keychain%1; links run without them.</source>
        <translation>Die importierten Anmelde-Cookies können nicht aus dem Schlüsselbund gelesen werden%1; Links laufen ohne sie.</translation>
    </message>
</context>
<context>
    <name>CoverArt</name>
    <message>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation>Das Coverbild ist beschädigt oder hat ein nicht unterstütztes Format.</translation>
    </message>
    <message>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation>Diese FFmpeg-Version kann das Format des Coverbilds nicht dekodieren.</translation>
    </message>
    <message>
        <source>The cover image is too large.</source>
        <translation>Das Coverbild ist zu groß.</translation>
    </message>
    <message>
        <source>The cover image could not be converted to JPEG.</source>
        <translation>Das Coverbild konnte nicht in JPEG umgewandelt werden.</translation>
    </message>
    <message>
        <source>The cover image is empty.</source>
        <translation>Das Coverbild ist leer.</translation>
    </message>
    <message>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation>Das Coverbild ist kein JPEG-, PNG- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>Out of memory while processing the cover image.</source>
        <translation>Nicht genügend Arbeitsspeicher beim Verarbeiten des Coverbilds.</translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation>Die VBR-Qualität muss zwischen 0 (beste Qualität) und 9 (kleinste Datei) liegen, nicht bei %1.</translation>
    </message>
    <message>
        <source>CBR %1 kbps</source>
        <translation>CBR %1 kbit/s</translation>
    </message>
    <message>
        <source>VBR V%1</source>
        <translation>VBR V%1</translation>
    </message>
    <message>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.</source>
        <translation>%1 kbit/s ist keine MP3-Bitrate. Wählen Sie 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 oder 320.</translation>
    </message>
</context>
<context>
    <name>HttpDownloader</name>
    <message>
        <source>Reading the download was cancelled.</source>
        <translation>Das Lesen des Downloads wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The downloaded data could not be read back.</source>
        <translation>Die heruntergeladenen Daten konnten nicht wieder gelesen werden.</translation>
    </message>
    <message>
        <source>The file was not found on %1 (HTTP %2).</source>
        <translation>Die Datei wurde auf %1 nicht gefunden (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</source>
        <translation>%1 hat den Zugriff auf die Datei verweigert (HTTP %2). Der Link ist möglicherweise abgelaufen oder erfordert eine Anmeldung.</translation>
    </message>
    <message>
        <source>%1 is limiting downloads right now (HTTP 429). Try again later.</source>
        <translation>%1 begrenzt gerade die Downloads (HTTP 429). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 hat ein Serverproblem (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 hat eine unerwartete Antwort gesendet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down.</source>
        <translation>%1 hat die Verbindung abgelehnt. Der Server ist möglicherweise nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the link and the internet connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Überprüfen Sie den Link und die Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>Es konnte keine sichere Verbindung zu %1 hergestellt werden.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The disk is full: the download from %1 cannot be saved.</source>
        <translation>Der Datenträger ist voll: Der Download von %1 kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>No permission to save the download from %1 as %2.</source>
        <translation>Keine Berechtigung, den Download von %1 als %2 zu speichern.</translation>
    </message>
    <message>
        <source>The download from %1 cannot be saved as %2: %3</source>
        <translation>Der Download von %1 kann nicht als %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>This is not a web address that can be downloaded: %1</source>
        <translation>Dies ist keine Webadresse, die heruntergeladen werden kann: %1</translation>
    </message>
    <message>
        <source>The link leads to a web page, not to a media file (%1).</source>
        <translation>Der Link führt zu einer Webseite, nicht zu einer Mediendatei (%1).</translation>
    </message>
    <message>
        <source>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</source>
        <translation>%1 hat den Download an eine Adresse umgeleitet, der nicht gefolgt wird (kein http/https oder nicht mehr verschlüsselt).</translation>
    </message>
    <message>
        <source>The server keeps redirecting (loop): %1</source>
        <translation>Der Server leitet immer wieder um (Schleife): %1</translation>
    </message>
    <message>
        <source>The server keeps redirecting (more than %1 times): %2</source>
        <translation>Der Server leitet immer wieder um (mehr als %1-mal): %2</translation>
    </message>
    <message>
        <source>%1 sent a part of the file that does not fit.</source>
        <translation>%1 hat einen Teil der Datei gesendet, der nicht passt.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 kept breaking off; gave up after %n retries.</source>
        <translation>
            <numerusform>Die Verbindung zu %1 brach immer wieder ab; nach %n Wiederholung aufgegeben.</numerusform>
            <numerusform>Die Verbindung zu %1 brach immer wieder ab; nach %n Wiederholungen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>Der Download von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB (%2).</source>
        <translation>Die Datei ist größer als das Limit von %1 MB (%2).</translation>
    </message>
</context>
<context>
    <name>JobRowText</name>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>Die Auftragsliste konnte nicht gelesen werden (%1); sie wurde nach %2 verschoben und eine neue angelegt.</translation>
    </message>
    <message>
        <source>The job list was written by a newer TuneDrop.</source>
        <translation>Die Auftragsliste wurde von einer neueren TuneDrop-Version geschrieben.</translation>
    </message>
</context>
<context>
    <name>JsRuntime</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 does not run</source>
        <translation>%1 unter %2 startet nicht</translation>
    </message>
    <message>
        <source>%1 %2 is too old (%3 or newer is needed)</source>
        <translation>%1 %2 ist zu alt (%3 oder neuer wird benötigt)</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>Keine gefunden.</translation>
    </message>
    <message>
        <source>YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) or Node.js (20 or newer), then try again.</source>
        <translation>YouTube benötigt neben yt-dlp eine JavaScript-Laufzeitumgebung: Installieren Sie deno (2.0 oder neuer) oder Node.js (20 oder neuer) und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Keychain error %1: %2</source>
        <translation>Schlüsselbundfehler %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation>%1 kann nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No keychain service is available: secrets are kept in %1, readable only by you.</source>
        <translation>Kein Schlüsselbund-Dienst verfügbar: Geheimnisse werden in %1 aufbewahrt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a file name template, for example {artist} - {title}.</source>
        <translation>Geben Sie eine Dateinamenvorlage ein, zum Beispiel {artist} - {title}.</translation>
    </message>
    <message>
        <source>The file name template cannot contain / or \. Files are always saved in the output folder.</source>
        <translation>Die Dateinamenvorlage darf weder / noch \ enthalten. Dateien werden immer im Ausgabeordner gespeichert.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Unbekannter Platzhalter %1. Verwenden Sie {title}, {artist}, {album}, {date} oder {track}.</translation>
    </message>
    <message>
        <source>The file name template has a { or } without its partner.</source>
        <translation>Die Dateinamenvorlage enthält eine Klammer { oder } ohne Gegenstück.</translation>
    </message>
    <message>
        <source>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Die Dateinamenvorlage braucht mindestens einen der Platzhalter {title}, {artist}, {album}, {date} oder {track}.</translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation>Der Port muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Listening on the network needs an access password.</source>
        <translation>Für den Zugriff über das Netzwerk ist ein Zugangspasswort nötig.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 does not exist.</source>
        <translation>Das yt-dlp-Programm %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 is not an executable file.</source>
        <translation>Das yt-dlp-Programm %1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>Der Ausgabeordner muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>Der Ausgabeordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>TuneDrop cannot write to the output folder %1.</source>
        <translation>TuneDrop kann nicht in den Ausgabeordner %1 schreiben.</translation>
    </message>
    <message>
        <source>Time limits must be between 0 (off) and %1 minutes.</source>
        <translation>Zeitlimits müssen zwischen 0 (aus) und %1 Minuten liegen.</translation>
    </message>
    <message>
        <source>The soft time limit must be shorter than the hard time limit.</source>
        <translation>Das weiche Zeitlimit muss kürzer sein als das harte Zeitlimit.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>MP3s are saved to %1</source>
        <translation>MP3-Dateien werden in %1 gespeichert</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Webseite: %1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>Ab dem nächsten Start: %1</translation>
    </message>
    <message>
        <source>The command line decides for this run: %1</source>
        <translation>Für diesen Lauf entscheidet die Befehlszeile: %1</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Gleichzeitige Konvertierungen</translation>
    </message>
    <message>
        <source>MP3 quality</source>
        <translation>MP3-Qualität</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>Dateinamen</translation>
    </message>
    <message>
        <source>Playlist limit</source>
        <translation>Playlist-Grenze</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Zeitgrenzen</translation>
    </message>
    <message>
        <source>yt-dlp</source>
        <translation>yt-dlp</translation>
    </message>
    <message>
        <source>Sign-in cookies</source>
        <translation>Anmelde-Cookies</translation>
    </message>
    <message>
        <source>Deleting finished MP3s</source>
        <translation>Löschen fertiger MP3-Dateien</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <source>Out of memory.</source>
        <translation>Nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation>Der MP3-Encoder unterstützt %1 bei %2 Hz nicht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not an audio or video file.</source>
        <translation>„%1“ ist keine Audio- oder Videodatei.</translation>
    </message>
    <message>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation>„%1“ hat keinen Ton: Die Datei enthält keine Audiospur.</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation>TuneDrop kann den Ton von „%1“ nicht dekodieren (Codec %2).</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation>TuneDrop kann den Ton von „%1“ nicht dekodieren: %2.</translation>
    </message>
    <message>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation>TuneDrop kann das Audioformat von „%1“ nicht umwandeln: %2.</translation>
    </message>
    <message>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation>„%1“ enthält keinen dekodierbaren Ton; die Datei ist möglicherweise beschädigt oder leer.</translation>
    </message>
    <message>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation>Die Eingabe ist ab %1 s beschädigt (%2); der Ton bis dahin wurde konvertiert.</translation>
    </message>
    <message>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation>Die Eingabe endet vorzeitig (abgeschnitten?): %1 s von %2 s konvertiert.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Access to “%1” was denied.</source>
        <translation>Der Zugriff auf „%1“ wurde verweigert.</translation>
    </message>
    <message>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation>„%1“ verwendet ein Format, das TuneDrop nicht lesen kann (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation>„%1“ ist keine Mediendatei, die TuneDrop lesen kann, oder sie ist beschädigt.</translation>
    </message>
    <message>
        <source>Could not download “%1”: %2.</source>
        <translation>„%1“ konnte nicht heruntergeladen werden: %2.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation>Der Datenträger ist voll: „%1“ konnte nicht geschrieben werden. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation>TuneDrop darf nicht in „%1“ schreiben. Wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The output folder for “%1” does not exist.</source>
        <translation>Der Ausgabeordner für „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation>„%1“ enthält keine MPEG-Audio-Frames zum Kopieren.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read “%1”: the file ended early.</source>
        <translation>„%1“ konnte nicht gelesen werden: Die Datei endet vorzeitig.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file.</source>
        <translation>„%1“ ist ein Ordner, keine Mediendatei.</translation>
    </message>
    <message>
        <source>TuneDrop may not read “%1”.</source>
        <translation>TuneDrop darf „%1“ nicht lesen.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation>„%1“ ist leer (0 Byte).</translation>
    </message>
    <message>
        <source>The cover picture was left out: %1</source>
        <translation>Das Coverbild wurde weggelassen: %1</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete and cannot be read (%2).</source>
        <translation>Die Datei „%1“ ist beschädigt oder unvollständig und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>“%1” refers to “%2”, which TuneDrop may not open for it.</source>
        <translation>„%1“ verweist auf „%2“, das TuneDrop dafür nicht öffnen darf.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 bytes that are not MP3 audio were left out.</source>
        <translation>„%1“ ist beschädigt: %2 Bytes, die kein MP3-Audio sind, wurden weggelassen.</translation>
    </message>
    <message>
        <source>“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.</source>
        <translation>„%1“ endet mitten in einem MP3-Frame (die Datei ist abgeschnitten): Der unvollständige Frame wurde weggelassen.</translation>
    </message>
    <message>
        <source>The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.</source>
        <translation>Der Header von „%1“ gibt %2 MP3-Frames an, die Datei enthält aber %3: Der Header der Kopie nennt die tatsächliche Länge.</translation>
    </message>
    <message>
        <source>“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.</source>
        <translation>„%1“ ist zu beschädigt, um seine MP3-Frames unverändert zu kopieren (aneinandergefügte Streams verschiedener Formate oder mehr Datenmüll als Audio): Die Datei wurde neu kodiert.</translation>
    </message>
    <message>
        <source>%1 kbps is too low for this source: at its sample rate (%2 kHz) an MP3 needs at least %3 kbps. Choose %3 kbps or more.</source>
        <translation>%1 kbit/s ist für diese Quelle zu niedrig: Bei ihrer Abtastrate (%2 kHz) braucht eine MP3 mindestens %3 kbit/s. Wählen Sie %3 kbit/s oder mehr.</translation>
    </message>
    <message>
        <source>At this source&apos;s sample rate (%1 kHz) an MP3 can have at most %2 kbps, so it was made at %2 kbps instead of %3 kbps.</source>
        <translation>Bei der Abtastrate dieser Quelle (%1 kHz) kann eine MP3 höchstens %2 kbit/s haben; sie wurde daher mit %2 kbit/s statt %3 kbit/s erstellt.</translation>
    </message>
</context>
<context>
    <name>UrlClassifier</name>
    <message>
        <source>This YouTube link has no valid video id (the id is missing).</source>
        <translation>Dieser YouTube-Link enthält keine gültige Video-ID (die ID fehlt).</translation>
    </message>
    <message>
        <source>This YouTube link has no valid video id (“%1” is not an 11-character id).</source>
        <translation>Dieser YouTube-Link enthält keine gültige Video-ID („%1“ ist keine 11-stellige ID).</translation>
    </message>
    <message>
        <source>This YouTube playlist link has no valid list id.</source>
        <translation>Dieser YouTube-Playlist-Link enthält keine gültige Playlist-ID.</translation>
    </message>
    <message>
        <source>This link has no valid host name.</source>
        <translation>Dieser Link hat keinen gültigen Hostnamen.</translation>
    </message>
    <message>
        <source>Paste a link or choose a file.</source>
        <translation>Fügen Sie einen Link ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This file link points at another computer (%1).</source>
        <translation>Dieser Datei-Link verweist auf einen anderen Computer (%1).</translation>
    </message>
    <message>
        <source>This file link has no path.</source>
        <translation>Dieser Datei-Link enthält keinen Pfad.</translation>
    </message>
    <message>
        <source>“%1:” links are not supported. Paste an http(s) link or choose a file.</source>
        <translation>„%1:“-Links werden nicht unterstützt. Fügen Sie einen http(s)-Link ein oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This is neither a link nor a file path. Paste a link or choose a file.</source>
        <translation>Dies ist weder ein Link noch ein Dateipfad. Fügen Sie einen Link ein oder wählen Sie eine Datei.</translation>
    </message>
</context>
<context>
    <name>YtDlp</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>yt-dlp did not answer within %1 s.</source>
        <translation>yt-dlp hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>yt-dlp gave an answer TuneDrop cannot read (%1).</source>
        <translation>yt-dlp hat eine Antwort geliefert, die TuneDrop nicht lesen kann (%1).</translation>
    </message>
    <message>
        <source>This video is blocked in your country by the site, so it cannot be downloaded from here.</source>
        <translation>Dieses Video wird von der Website in Ihrem Land gesperrt und kann daher von hier aus nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>This video is unavailable: it may be private or removed.</source>
        <translation>Dieses Video ist nicht verfügbar: Es ist möglicherweise privat oder wurde entfernt.</translation>
    </message>
    <message>
        <source>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</source>
        <translation>Die Website verlangt eine Anmeldung (Altersprüfung, Bot-Prüfung oder Video nur für Mitglieder). Wählen Sie in den Einstellungen die Anmelde-Cookies Ihres Browsers und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</source>
        <translation>Die Website hat den Zugriff verweigert. Falls ein Konto nötig ist, wählen Sie in den Einstellungen die Anmelde-Cookies Ihres Browsers; andernfalls ist yt-dlp möglicherweise veraltet: Aktualisieren Sie es.</translation>
    </message>
    <message>
        <source>The site is limiting requests right now: wait a while and try again.</source>
        <translation>Die Website begrenzt gerade die Anfragen: Warten Sie eine Weile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach the site: check your internet connection and try again.</source>
        <translation>Die Website ist nicht erreichbar: Überprüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>TuneDrop cannot find any audio at this link.</source>
        <translation>TuneDrop findet unter diesem Link keine Audiodaten.</translation>
    </message>
    <message>
        <source>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</source>
        <translation>yt-dlp konnte diese Website nicht lesen; yt-dlp ist möglicherweise veraltet: Aktualisieren Sie es (`yt-dlp -U` oder über Ihre Paketverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</source>
        <translation>yt-dlp ist fertig, aber TuneDrop findet die heruntergeladene Datei nicht (%1).</translation>
    </message>
    <message>
        <source>yt-dlp could not process this link (exit code %1).</source>
        <translation>yt-dlp konnte diesen Link nicht verarbeiten (Exit-Code %1).</translation>
    </message>
    <message>
        <source>%1 (yt-dlp: %2)</source>
        <translation>%1 (yt-dlp: %2)</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Use Update yt-dlp in Settings (or run `tunedrop --update-yt-dlp`), install it with your package manager, or set its path in Settings.</source>
        <translation>yt-dlp ist nicht installiert. Verwenden Sie „yt-dlp aktualisieren“ in den Einstellungen (oder führen Sie `tunedrop --update-yt-dlp` aus), installieren Sie es über Ihre Paketverwaltung oder legen Sie seinen Pfad in den Einstellungen fest.</translation>
    </message>
</context>
<context>
    <name>YtDlpUpdater</name>
    <message>
        <source>Could not download the list of checksums: %1</source>
        <translation>Die Liste der Prüfsummen konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The release does not list a checksum for %1.</source>
        <translation>Die Version nennt keine Prüfsumme für %1.</translation>
    </message>
    <message>
        <source>Could not download yt-dlp: %1</source>
        <translation>yt-dlp konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not match its published checksum; it was not installed.</source>
        <translation>Das heruntergeladene yt-dlp passt nicht zu seiner veröffentlichten Prüfsumme; es wurde nicht installiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not run; the installed copy was kept.</source>
        <translation>Das heruntergeladene yt-dlp startet nicht; die installierte Version wurde behalten.</translation>
    </message>
    <message>
        <source>Could not install the new yt-dlp.</source>
        <translation>Das neue yt-dlp konnte nicht installiert werden.</translation>
    </message>
    <message>
        <source>yt-dlp %1 is installed.</source>
        <translation>yt-dlp %1 ist installiert.</translation>
    </message>
    <message>
        <source>There is no previous yt-dlp to go back to.</source>
        <translation>Es gibt kein vorheriges yt-dlp, zu dem zurückgekehrt werden kann.</translation>
    </message>
    <message>
        <source>Back to yt-dlp %1.</source>
        <translation>Zurück zu yt-dlp %1.</translation>
    </message>
    <message>
        <source>Could not go back to the previous yt-dlp.</source>
        <translation>Zum vorherigen yt-dlp konnte nicht zurückgekehrt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: --once needs --headless.</source>
        <translation>Fehler: --once erfordert --headless.</translation>
    </message>
    <message>
        <source>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</source>
        <translation>Fehler: TuneDrop läuft bereits mit diesem Profil (%1). Fügen Sie die Links dort hinzu oder verwenden Sie --profile.</translation>
    </message>
    <message>
        <source>error: another TuneDrop holds this profile but does not answer.</source>
        <translation>Fehler: Eine andere TuneDrop-Instanz belegt dieses Profil, antwortet aber nicht.</translation>
    </message>
    <message>
        <source>web: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>error: the password must not be empty.</source>
        <translation>Fehler: Das Passwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The web access password is set (only a salted hash is stored).</source>
        <translation>Das Web-Zugangspasswort ist gesetzt (gespeichert wird nur ein gesalzener Hash).</translation>
    </message>
    <message>
        <source>warning: %1 Run tunedrop --update-yt-dlp.</source>
        <translation>Warnung: %1 Führen Sie tunedrop --update-yt-dlp aus.</translation>
    </message>
    <message>
        <source>JavaScript runtime: %1</source>
        <translation>JavaScript-Laufzeitumgebung: %1</translation>
    </message>
    <message>
        <source>The imported sign-in cookies are removed.</source>
        <translation>Die importierten Anmelde-Cookies wurden entfernt.</translation>
    </message>
</context>
<context>
    <name>tunedrop::AboutDialog</name>
    <message>
        <source>The Qt Company and contributors (qt.io); your system&apos;s Qt libraries.</source>
        <translation>The Qt Company und Mitwirkende (qt.io); die Qt-Bibliotheken Ihres Systems.</translation>
    </message>
    <message>
        <source>The FFmpeg developers (ffmpeg.org); your system&apos;s libavformat, libavcodec and libswresample.</source>
        <translation>Die FFmpeg-Entwickler (ffmpeg.org); libavformat, libavcodec und libswresample Ihres Systems.</translation>
    </message>
    <message>
        <source>The LAME project (lame.sourceforge.io); your system&apos;s libmp3lame.</source>
        <translation>Das LAME-Projekt (lame.sourceforge.io); libmp3lame Ihres Systems.</translation>
    </message>
    <message>
        <source>The TagLib authors (taglib.org); your system&apos;s libtag.</source>
        <translation>Die TagLib-Autoren (taglib.org); libtag Ihres Systems.</translation>
    </message>
    <message>
        <source>Frank Osterfeld and contributors; your system&apos;s libqt6keychain.</source>
        <translation>Frank Osterfeld und Mitwirkende; libqt6keychain Ihres Systems.</translation>
    </message>
    <message>
        <source>This program.</source>
        <translation>Dieses Programm.</translation>
    </message>
    <message>
        <source>see Settings ▸ Tools</source>
        <translation>siehe Einstellungen ▸ Werkzeuge</translation>
    </message>
    <message>
        <source>Run as a separate program, not linked: the copy TuneDrop keeps up to date from github.com/yt-dlp/yt-dlp/releases, or your system&apos;s.</source>
        <translation>Läuft als eigenes Programm, nicht gelinkt: die Kopie, die TuneDrop von github.com/yt-dlp/yt-dlp/releases aktuell hält, oder die Ihres Systems.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>About TuneDrop</source>
        <translation>Über TuneDrop</translation>
    </message>
    <message>
        <source>Paste or drop a video link, a media URL or a file: TuneDrop downloads it and saves its sound as a tagged MP3.</source>
        <translation>Fügen Sie einen Videolink, eine Medien-URL oder eine Datei ein oder ziehen Sie sie hierher: TuneDrop lädt sie herunter und speichert den Ton als MP3 mit Tags.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Komponenten und Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieFileLease</name>
    <message>
        <source>Cannot create the private folder for sign-in cookies (%1).</source>
        <translation>Der private Ordner für Anmelde-Cookies kann nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp: %1.</source>
        <translation>Die Anmelde-Cookies für yt-dlp können nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp (is the disk full?).</source>
        <translation>Die Anmelde-Cookies für yt-dlp können nicht geschrieben werden (ist der Datenträger voll?).</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieVault</name>
    <message>
        <source>%1 is too large to be a cookies.txt file.</source>
        <translation>%1 ist zu groß für eine cookies.txt-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cookies could not be stored safely: %1</source>
        <translation>Die Cookies konnten nicht sicher gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported. They are kept in the system keychain; you can delete the cookies.txt file now.</source>
        <translation>
            <numerusform>%n Cookie importiert. Es wird im Schlüsselbund des Systems aufbewahrt; Sie können die cookies.txt-Datei jetzt löschen.</numerusform>
            <numerusform>%n Cookies importiert. Sie werden im Schlüsselbund des Systems aufbewahrt; Sie können die cookies.txt-Datei jetzt löschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported.</source>
        <translation>
            <numerusform>%n Cookie importiert.</numerusform>
            <numerusform>%n Cookies importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::DuplicateNotice</name>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Open the MP3 made earlier</source>
        <translation>Die früher erstellte MP3 öffnen</translation>
    </message>
    <message>
        <source>Convert A&amp;gain</source>
        <translation>&amp;Erneut konvertieren</translation>
    </message>
    <message>
        <source>Convert it again into a new MP3</source>
        <translation>Erneut in eine neue MP3 konvertieren</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Already converted</source>
        <translation>Bereits konvertiert</translation>
    </message>
    <message>
        <source>“%1” is already converted. Open it, or convert it again?</source>
        <translation>„%1“ ist bereits konvertiert. Öffnen oder erneut konvertieren?</translation>
    </message>
</context>
<context>
    <name>tunedrop::FolderOpener</name>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>Der Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No file manager could open %1. Open that folder yourself, or install a file manager.</source>
        <translation>Kein Dateimanager konnte %1 öffnen. Öffnen Sie den Ordner selbst oder installieren Sie einen Dateimanager.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <source>Play the selected MP3 in the player below</source>
        <translation>Die ausgewählte MP3-Datei im Player unten abspielen</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Datei &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the MP3 with the default application</source>
        <translation>Die MP3-Datei mit der Standardanwendung öffnen</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP3</source>
        <translation>Den Ordner öffnen, der die MP3-Datei enthält</translation>
    </message>
    <message>
        <source>Copy &amp;LAN Download Link</source>
        <translation>&amp;LAN-Downloadlink kopieren</translation>
    </message>
    <message>
        <source>Copy a link other devices on the network can download the MP3 from</source>
        <translation>Einen Link kopieren, über den andere Geräte im Netzwerk die MP3-Datei herunterladen können</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Try the failed or cancelled jobs again</source>
        <translation>Fehlgeschlagene oder abgebrochene Aufträge erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>Stop the selected jobs</source>
        <translation>Die ausgewählten Aufträge abbrechen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected jobs from the list, optionally with their files</source>
        <translation>Die ausgewählten Aufträge aus der Liste entfernen, auf Wunsch mit ihren Dateien</translation>
    </message>
    <message>
        <source>Clear Fi&amp;nished</source>
        <translation>Fe&amp;rtige entfernen</translation>
    </message>
    <message>
        <source>Remove every finished job from the list (files stay)</source>
        <translation>Alle fertigen Aufträge aus der Liste entfernen (die Dateien bleiben erhalten)</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>Warteschlange an&amp;halten</translation>
    </message>
    <message>
        <source>Turn on the web server in Settings to share links on the network</source>
        <translation>Aktivieren Sie den Webserver in den Einstellungen, um Links im Netzwerk freizugeben</translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation>Aufträge entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>%n Auftrag aus der Liste entfernen?</numerusform>
            <numerusform>%n Aufträge aus der Liste entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the MP3 files</source>
        <translation>Auch die MP3-Dateien löschen</translation>
    </message>
    <message>
        <source>&amp;Keep Forever</source>
        <translation>&amp;Für immer behalten</translation>
    </message>
    <message>
        <source>Never delete this MP3 when its retention time is over</source>
        <translation>Diese MP3 nie löschen, auch wenn ihre Aufbewahrungszeit abläuft</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Copy the MP3 to a folder of your choice</source>
        <translation>Die MP3 in einen Ordner Ihrer Wahl kopieren</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3-Audio (*.mp3)</translation>
    </message>
    <message>
        <source>Could not copy the MP3 to %1.</source>
        <translation>Die MP3 konnte nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Fertige entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the finished jobs are marked Keep Forever.</source>
        <translation>
            <numerusform>%n der fertigen Aufträge ist als „Für immer behalten“ markiert.</numerusform>
            <numerusform>%n der fertigen Aufträge sind als „Für immer behalten“ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them from the list too? Their MP3s stay in the folder either way.</source>
        <translation>Auch diese aus der Liste entfernen? Ihre MP3-Dateien bleiben in jedem Fall im Ordner.</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Clear the &amp;Others</source>
        <translation>Die &amp;anderen entfernen</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobDetailsPane</name>
    <message>
        <source>Link or file: %1</source>
        <translation>Link oder Datei: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobItemDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2)</source>
        <translation>Neuer Versuch in %1 (%2)</translation>
    </message>
    <message>
        <source>Retrying as soon as a worker is free (%1)</source>
        <translation>Neuer Versuch, sobald eine Konvertierung frei wird (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListView</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Every link and file you added, with its progress</source>
        <translation>Alle hinzugefügten Links und Dateien mit ihrem Fortschritt</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobQueue</name>
    <message>
        <source>Local files can only be added on this computer, not from the web.</source>
        <translation>Lokale Dateien können nur an diesem Computer hinzugefügt werden, nicht über das Web.</translation>
    </message>
    <message numerus="yes">
        <source>This is taking longer than %n minute(s).</source>
        <translation>
            <numerusform>Das dauert länger als %n Minute.</numerusform>
            <numerusform>Das dauert länger als %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s): the time limit for one job.</source>
        <translation>
            <numerusform>Nach %n Minute abgebrochen: Das ist das Zeitlimit für einen Auftrag.</numerusform>
            <numerusform>Nach %n Minuten abgebrochen: Das ist das Zeitlimit für einen Auftrag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Some YouTube formats may be missing. %1</source>
        <translation>Einige YouTube-Formate fehlen möglicherweise. %1</translation>
    </message>
    <message>
        <source>Links to this computer are not allowed from the web (%1).</source>
        <translation>Links zu diesem Computer sind aus dem Web nicht erlaubt (%1).</translation>
    </message>
    <message>
        <source>the address of %1 could not be checked: %2</source>
        <translation>die Adresse von %1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation>%1 führt zu %2</translation>
    </message>
    <message>
        <source>TuneDrop could not start its connection guard (%1).</source>
        <translation>TuneDrop konnte seinen Verbindungswächter nicht starten (%1).</translation>
    </message>
</context>
<context>
    <name>tunedrop::LinkBarMark</name>
    <message>
        <source>This is not a link TuneDrop can download.</source>
        <translation>Das ist kein Link, den TuneDrop herunterladen kann.</translation>
    </message>
</context>
<context>
    <name>tunedrop::MainWindow</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Paste a YouTube link, any video or audio link, or a file path</source>
        <translation>YouTube-Link, beliebigen Video- oder Audio-Link oder Dateipfad einfügen</translation>
    </message>
    <message>
        <source>Link to add</source>
        <translation>Hinzuzufügender Link</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Dateien &amp;öffnen…</translation>
    </message>
    <message>
        <source>Choose media files to convert</source>
        <translation>Mediendateien zum Konvertieren auswählen</translation>
    </message>
    <message>
        <source>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</source>
        <translation>Link hier einfügen oder ablegen

YouTube, jede von yt-dlp unterstützte Website, ein direkter Medien-Link oder eine lokale Datei</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Auftragsdetails</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Wählen Sie einen Auftrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>Links ein&amp;fügen</translation>
    </message>
    <message>
        <source>Add every link on the clipboard</source>
        <translation>Alle Links aus der Zwischenablage hinzufügen</translation>
    </message>
    <message>
        <source>Go to the Link Bar</source>
        <translation>Zur Linkleiste wechseln</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>The clipboard holds no link or media file.</source>
        <translation>Die Zwischenablage enthält keinen Link und keine Mediendatei.</translation>
    </message>
    <message>
        <source>Choose Media Files</source>
        <translation>Mediendateien auswählen</translation>
    </message>
    <message>
        <source>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</source>
        <translation>Mediendateien (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n item(s)</source>
        <translation>
            <numerusform>Ablegen, um %n Eintrag hinzuzufügen</numerusform>
            <numerusform>Ablegen, um %n Einträge hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be added: drop a link or a media file</source>
        <translation>Das kann nicht hinzugefügt werden: Legen Sie einen Link oder eine Mediendatei ab</translation>
    </message>
    <message>
        <source>Nothing to add: the dropped item is not a link or a media file.</source>
        <translation>Nichts hinzuzufügen: Das abgelegte Element ist weder ein Link noch eine Mediendatei.</translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 done · %4 failed</source>
        <translation>%1 wartend · %2 laufend · %3 fertig · %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 % — TuneDrop</source>
        <translation>%1 % — TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TuneDrop</source>
        <translation>Ü&amp;ber TuneDrop</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Bereits in der Liste.</translation>
    </message>
    <message>
        <source>Converting again.</source>
        <translation>Wird erneut konvertiert.</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Dateien ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt.</numerusform>
            <numerusform>%n Einträge hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list: “%1”.</source>
        <translation>Bereits in der Liste: „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already in the list.</source>
        <translation>
            <numerusform>%n Eintrag bereits in der Liste.</numerusform>
            <numerusform>%n Einträge bereits in der Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already converted.</source>
        <translation>Bereits konvertiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: not links TuneDrop can download (“%1”).</source>
        <translation>
            <numerusform>%n Zeile übersprungen: kein Link, den TuneDrop herunterladen kann („%1“).</numerusform>
            <numerusform>%n Zeilen übersprungen: keine Links, die TuneDrop herunterladen kann („%1“).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: the job was removed.</source>
        <translation>Fehler: %1: Der Auftrag wurde entfernt.</translation>
    </message>
    <message>
        <source>the file has expired and was deleted.</source>
        <translation>Die Datei ist abgelaufen und wurde gelöscht.</translation>
    </message>
    <message>
        <source>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</source>
        <translation>Fehler: %1: unterbrochen; der Auftrag bleibt in der Warteschlange und wird beim nächsten Start von TuneDrop mit diesem Profil abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>tunedrop::PlayerBar</name>
    <message>
        <source>No audio output device found.</source>
        <translation>Kein Audioausgabegerät gefunden.</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Plays a finished MP3 (Space toggles play and pause)</source>
        <translation>Spielt eine fertige MP3-Datei ab (die Leertaste wechselt zwischen Wiedergabe und Pause)</translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Wiedergabeposition</translation>
    </message>
    <message>
        <source>Playback position: drag to seek</source>
        <translation>Wiedergabeposition: zum Springen ziehen</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Verstrichene Zeit und Gesamtzeit</translation>
    </message>
    <message>
        <source>Elapsed time / total time</source>
        <translation>Verstrichene Zeit / Gesamtzeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Wiedergabefehler</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>Lautstärke: %1 %</translation>
    </message>
    <message>
        <source>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</source>
        <translation>Diese Datei kann nicht abgespielt werden: Möglicherweise fehlt ein GStreamer-Plugin (installieren Sie gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>Die Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>Wiedergabe fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Details: %2</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Kein Titel</translation>
    </message>
    <message>
        <source>No track loaded</source>
        <translation>Kein Titel geladen</translation>
    </message>
    <message>
        <source>No cover art</source>
        <translation>Kein Cover</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Aktuelle Wiedergabe: %1</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>Die Datei „%1“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePauseAction</name>
    <message>
        <source>Resume &amp;Queue</source>
        <translation>Warteschlange fort&amp;setzen</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>Warteschlange an&amp;halten</translation>
    </message>
    <message>
        <source>Go on with the paused jobs from where they stopped, and start queued ones</source>
        <translation>Angehaltene Aufträge dort fortsetzen, wo sie stehen geblieben sind, und wartende starten</translation>
    </message>
    <message>
        <source>Stop running jobs where they are and start no new ones until resumed</source>
        <translation>Laufende Aufträge an ihrer Stelle anhalten und bis zum Fortsetzen keine neuen starten</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePausedLabel</name>
    <message>
        <source>Queue paused</source>
        <translation>Warteschlange angehalten</translation>
    </message>
    <message>
        <source>Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on.</source>
        <translation>Laufende Aufträge bleiben stehen, wo sie sind, und es starten keine neuen. „Warteschlange fortsetzen“ (Strg+P) macht weiter.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionLabel</name>
    <message numerus="yes">
        <source>MP3s are deleted %n h after conversion</source>
        <translation>
            <numerusform>MP3s werden nach %n h gelöscht</numerusform>
            <numerusform>MP3s werden nach %n h gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>MP3s are kept</source>
        <translation>MP3s werden behalten</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (Befehlszeile)</translation>
    </message>
    <message>
        <source>Set for this run by --retention-hours</source>
        <translation>Für diesen Start durch --retention-hours festgelegt</translation>
    </message>
    <message>
        <source>Change this in Settings ▸ Queue; Keep Forever keeps a single MP3</source>
        <translation>Änderbar unter Einstellungen ▸ Warteschlange; „Für immer behalten“ behält eine einzelne MP3-Datei</translation>
    </message>
    <message numerus="yes">
        <source>Finished MP3s are deleted %n hour(s) after conversion, unless you keep them.</source>
        <translation>
            <numerusform>Fertige MP3-Dateien werden %n Stunde nach der Konvertierung gelöscht, außer Sie behalten sie.</numerusform>
            <numerusform>Fertige MP3-Dateien werden %n Stunden nach der Konvertierung gelöscht, außer Sie behalten sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished MP3s are kept until you delete them.</source>
        <translation>Fertige MP3-Dateien bleiben erhalten, bis Sie sie löschen.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionNotice</name>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remember this choice (Settings ▸ Queue changes it later)</source>
        <translation>Diese Wahl merken (später unter Einstellungen ▸ Warteschlange änderbar)</translation>
    </message>
    <message>
        <source>What happens to finished MP3s</source>
        <translation>Was mit fertigen MP3-Dateien geschieht</translation>
    </message>
    <message numerus="yes">
        <source>TuneDrop deletes the MP3s it makes %n hour(s) after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</source>
        <translation>
            <numerusform>TuneDrop löscht die MP3-Dateien, die es erstellt, %n Stunde nach der Konvertierung, damit der Ordner nicht volläuft. „Für immer behalten“ oder „Kopie speichern“ bewahrt eine einzelne auf. Was soll mit Ihren MP3-Dateien geschehen?</numerusform>
            <numerusform>TuneDrop löscht die MP3-Dateien, die es erstellt, %n Stunden nach der Konvertierung, damit der Ordner nicht volläuft. „Für immer behalten“ oder „Kopie speichern“ bewahrt eine einzelne auf. Was soll mit Ihren MP3-Dateien geschehen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete MP3s %n hour(s) after conversion</source>
        <translation>
            <numerusform>MP3-Dateien %n Stunde nach der Konvertierung löschen</numerusform>
            <numerusform>MP3-Dateien %n Stunden nach der Konvertierung löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionPurger</name>
    <message>
        <source>already gone</source>
        <translation>bereits entfernt</translation>
    </message>
    <message>
        <source>kept: not a regular file (a link, a folder or a device)</source>
        <translation>behalten: keine normale Datei (ein Link, ein Ordner oder ein Gerät)</translation>
    </message>
    <message>
        <source>kept: no longer inside the library folder %1</source>
        <translation>behalten: nicht mehr im Bibliotheksordner %1</translation>
    </message>
    <message>
        <source>kept: changed or replaced since TuneDrop wrote it</source>
        <translation>behalten: seit TuneDrop sie schrieb geändert oder ersetzt</translation>
    </message>
    <message numerus="yes">
        <source>older than %n hour(s)</source>
        <translation>
            <numerusform>älter als %n Stunde</numerusform>
            <numerusform>älter als %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete (%1); trying again next round</source>
        <translation>konnte nicht gelöscht werden (%1); nächster Versuch in der nächsten Runde</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Einstellungskategorien</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>&amp;Ausgabe</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>Web&amp;server</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Werk&amp;zeuge</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>Ober&amp;fläche</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem mit den Einstellungen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>The settings could not be saved. Check that the settings folder is writable.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden. Prüfen Sie, ob der Einstellungsordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog::Private</name>
    <message>
        <source>Only the address %1</source>
        <translation>Nur die Adresse %1</translation>
    </message>
    <message>
        <source>about %1 kbps (0 = best, 9 = smallest)</source>
        <translation>etwa %1 kbit/s (0 = beste Qualität, 9 = kleinste Datei)</translation>
    </message>
    <message>
        <source>Blue in Green</source>
        <translation>Blue in Green</translation>
    </message>
    <message>
        <source>Miles Davis</source>
        <translation>Miles Davis</translation>
    </message>
    <message>
        <source>Kind of Blue</source>
        <translation>Kind of Blue</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> Stunde</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>The new password replaces the current one when you apply.</source>
        <translation>Das neue Passwort ersetzt beim Anwenden das aktuelle.</translation>
    </message>
    <message>
        <source>The password is set when you apply.</source>
        <translation>Das Passwort wird beim Anwenden festgelegt.</translation>
    </message>
    <message>
        <source>A password is set. Type a new one to replace it.</source>
        <translation>Ein Passwort ist festgelegt. Geben Sie ein neues ein, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>The password is removed when you apply.</source>
        <translation>Das Passwort wird beim Anwenden entfernt.</translation>
    </message>
    <message>
        <source>No password is set. One is needed to listen on the local network.</source>
        <translation>Es ist kein Passwort festgelegt. Für den Zugriff aus dem lokalen Netzwerk ist eines nötig.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Ausgabeordner suchen</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>Ausgabeordner auswählen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Konstante Bitrate (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Variable Bitrate (VBR)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Bit&amp;rate:</source>
        <translation>&amp;Bitrate:</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>VBR-Qualität</translation>
    </message>
    <message>
        <source>0 is the best quality and the largest file, 9 the smallest file.</source>
        <translation>0 ist die beste Qualität und die größte Datei, 9 die kleinste Datei.</translation>
    </message>
    <message>
        <source>&amp;VBR quality:</source>
        <translation>&amp;VBR-Qualität:</translation>
    </message>
    <message>
        <source>ID3 tag version</source>
        <translation>ID3-Tag-Version</translation>
    </message>
    <message>
        <source>ID3v2.4</source>
        <translation>ID3v2.4</translation>
    </message>
    <message>
        <source>ID3v2.3 (for older players)</source>
        <translation>ID3v2.3 (für ältere Player)</translation>
    </message>
    <message>
        <source>I&amp;D3 tags:</source>
        <translation>&amp;ID3-Tags:</translation>
    </message>
    <message>
        <source>Copy MP3 &amp;sources without re-encoding when possible</source>
        <translation>MP3-&amp;Quellen wenn möglich ohne Neukodierung kopieren</translation>
    </message>
    <message>
        <source>Copy MP3 sources without re-encoding when possible</source>
        <translation>MP3-Quellen wenn möglich ohne Neukodierung kopieren</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Dateinamenvorlage</translation>
    </message>
    <message>
        <source>Placeholders: {title} {artist} {album} {date} {track}</source>
        <translation>Platzhalter: {title} {artist} {album} {date} {track}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>Vorschau des Dateinamens</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Gleichzeitige Konvertierungen</translation>
    </message>
    <message>
        <source>&amp;Simultaneous conversions:</source>
        <translation>&amp;Gleichzeitige Konvertierungen:</translation>
    </message>
    <message>
        <source>Delete MP3s after hours</source>
        <translation>MP3-Dateien löschen nach (Stunden)</translation>
    </message>
    <message>
        <source>&amp;Keep forever</source>
        <translation>Für immer &amp;behalten</translation>
    </message>
    <message>
        <source>Keep MP3s forever</source>
        <translation>MP3-Dateien für immer behalten</translation>
    </message>
    <message>
        <source>&amp;Delete MP3s after:</source>
        <translation>MP3-Dateien &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Most tracks taken from a playlist</source>
        <translation>Höchstzahl der Titel aus einer Playlist</translation>
    </message>
    <message>
        <source>Most tracks per &amp;playlist:</source>
        <translation>Max. Titel pro &amp;Playlist:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Soft time limit in minutes</source>
        <translation>Weiches Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>Soft time &amp;limit:</source>
        <translation>W&amp;eiches Zeitlimit:</translation>
    </message>
    <message>
        <source>Hard time limit in minutes</source>
        <translation>Hartes Zeitlimit in Minuten</translation>
    </message>
    <message>
        <source>&amp;Hard time limit:</source>
        <translation>&amp;Hartes Zeitlimit:</translation>
    </message>
    <message>
        <source>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</source>
        <translation>Eine Konvertierung, die länger als das weiche Limit dauert, wird als langsam markiert; beim harten Limit wird sie abgebrochen und erneut versucht.</translation>
    </message>
    <message>
        <source>&amp;Enable the web server</source>
        <translation>Webserver a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Enable the web server</source>
        <translation>Webserver aktivieren</translation>
    </message>
    <message>
        <source>Convert links from a browser on this computer or, with a password, from other devices on your network.</source>
        <translation>Links über einen Browser auf diesem Computer oder, mit Passwort, von anderen Geräten in Ihrem Netzwerk konvertieren.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Erreichbar über</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Computer (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network (all addresses)</source>
        <translation>Lokales Netzwerk (alle Adressen)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Erreichbar über:</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Zugangspasswort</translation>
    </message>
    <message>
        <source>Re&amp;move password</source>
        <translation>Passwort en&amp;tfernen</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Passwort entfernen</translation>
    </message>
    <message>
        <source>Access &amp;password:</source>
        <translation>Zugangs&amp;passwort:</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Passwortstatus</translation>
    </message>
    <message>
        <source>yt-dlp program</source>
        <translation>yt-dlp-Programm</translation>
    </message>
    <message>
        <source>yt-dlp from the system PATH</source>
        <translation>yt-dlp aus dem System-PATH</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>&amp;yt-dlp-Programm:</translation>
    </message>
    <message>
        <source>Browse for the yt-dlp program</source>
        <translation>yt-dlp-Programm suchen</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>yt-dlp-Programm auswählen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language is used the next time TuneDrop starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von TuneDrop verwendet.</translation>
    </message>
    <message>
        <source>&amp;Notify me when conversions finish</source>
        <translation>&amp;Benachrichtigen, wenn Konvertierungen abgeschlossen sind</translation>
    </message>
    <message>
        <source>Notify me when conversions finish</source>
        <translation>Benachrichtigen, wenn Konvertierungen abgeschlossen sind</translation>
    </message>
    <message>
        <source>Keep running in the &amp;system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the copy TuneDrop keeps up to date, else the one on the system PATH.</source>
        <translation>yt-dlp holt den Ton von Video- und Streaming-Websites. Lassen Sie das Feld leer, um die von TuneDrop aktuell gehaltene Kopie zu verwenden, sonst das Programm aus dem System-PATH.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Farbsc&amp;hema:</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Adresse der Webseite</translation>
    </message>
    <message>
        <source>Open from a phone:</source>
        <translation>Vom Handy öffnen:</translation>
    </message>
</context>
<context>
    <name>tunedrop::TrayIcon</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Show TuneDrop</source>
        <translation>TuneDrop &amp;anzeigen</translation>
    </message>
    <message>
        <source>MP3 ready</source>
        <translation>MP3 fertig</translation>
    </message>
    <message>
        <source>Could not convert</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebAddressPanel</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse kop&amp;ieren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
    <message>
        <source>Web page addresses</source>
        <translation>Adressen der Webseite</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Show a QR code of %1 to open the web page from a phone</source>
        <translation>Einen QR-Code von %1 zeigen, um die Webseite vom Handy zu öffnen</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Webseite: %1</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Adresse der Webseite</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebPage</name>
    <message>
        <source>Links to convert to MP3</source>
        <translation>Links zum Umwandeln in MP3</translation>
    </message>
    <message>
        <source>Paste one or more links, one per line</source>
        <translation>Einen oder mehrere Links einfügen, einen pro Zeile</translation>
    </message>
    <message>
        <source>Download as MP3</source>
        <translation>Als MP3 herunterladen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Noch nichts hier.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>TuneDrop did not answer. Check the connection and try again.</source>
        <translation>TuneDrop antwortet nicht. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Wartet in der Warteschlange</translation>
    </message>
    <message>
        <source>Trying again in %1 (attempt %2 of %3)</source>
        <translation>Neuer Versuch in %1 (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Link wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Wird umgewandelt</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Wird umgewandelt…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Expired: the MP3 has been deleted</source>
        <translation>Abgelaufen: Die MP3 wurde gelöscht</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>noch etwa %1 h</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added.</source>
        <translation>
            <numerusform>%n Link hinzugefügt.</numerusform>
            <numerusform>%n Links hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already in the list.</source>
        <translation>
            <numerusform>%n Link ist schon in der Liste.</numerusform>
            <numerusform>%n Links sind schon in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already converted: the MP3 is in the list.</source>
        <translation>
            <numerusform>%n Link wurde schon umgewandelt: Die MP3 steht in der Liste.</numerusform>
            <numerusform>%n Links wurden schon umgewandelt: Die MP3s stehen in der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be added:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht hinzugefügt werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht hinzugefügt werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>the file or video was not found</source>
        <translation>die Datei oder das Video wurde nicht gefunden</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>there is no sound in it</source>
        <translation>es enthält keinen Ton</translation>
    </message>
    <message>
        <source>this kind of file cannot be converted</source>
        <translation>diese Art von Datei kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>the disk of the computer running TuneDrop is full</source>
        <translation>die Festplatte des Computers, auf dem TuneDrop läuft, ist voll</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>es hat zu lange gedauert</translation>
    </message>
    <message>
        <source>something went wrong inside TuneDrop</source>
        <translation>in TuneDrop ist etwas schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebServer</name>
    <message>
        <source>Back to TuneDrop</source>
        <translation>Zurück zu TuneDrop</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings or with --web-port, or stop the other program.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. Wählen Sie in den Einstellungen oder mit --web-port einen anderen Port, oder beenden Sie das andere Programm.</translation>
    </message>
    <message>
        <source>Only web links (http or https) can be sent from a browser.</source>
        <translation>Aus einem Browser können nur Weblinks (http oder https) gesendet werden.</translation>
    </message>
    <message>
        <source>Links to this computer&apos;s own services are not accepted from the web.</source>
        <translation>Links auf die eigenen Dienste dieses Computers werden aus dem Web nicht angenommen.</translation>
    </message>
    <message>
        <source>TuneDrop is shutting down. Send the link again once it runs.</source>
        <translation>TuneDrop wird beendet. Senden Sie den Link erneut, sobald es wieder läuft.</translation>
    </message>
    <message>
        <source>Invalid link</source>
        <translation>Ungültiger Link</translation>
    </message>
    <message>
        <source>This download link is not valid, or its file has expired.</source>
        <translation>Dieser Download-Link ist ungültig, oder seine Datei ist abgelaufen.</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Noch nicht fertig</translation>
    </message>
    <message>
        <source>The MP3 is still being prepared. Try again in a moment.</source>
        <translation>Die MP3 wird noch vorbereitet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Unknown host.</source>
        <translation>Unbekannter Host.</translation>
    </message>
    <message>
        <source>Cross-site requests are refused.</source>
        <translation>Websiteübergreifende Anfragen werden abgelehnt.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Senden Sie JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Send {&quot;links&quot;: [...]} with 1 to %1 links.</source>
        <translation>Senden Sie {&quot;links&quot;: [...]} mit 1 bis %1 Links.</translation>
    </message>
    <message>
        <source>The job is not in a state that allows this.</source>
        <translation>Der Auftrag ist nicht in einem Zustand, der das erlaubt.</translation>
    </message>
    <message>
        <source>Listening on %1 (the local network) needs an access password. Set one in Settings or with “tunedrop --set-web-password”.</source>
        <translation>Das Lauschen auf %1 (im lokalen Netzwerk) erfordert ein Zugangspasswort. Legen Sie eines in den Einstellungen oder mit „tunedrop --set-web-password“ fest.</translation>
    </message>
    <message>
        <source>The page is out of date: reload it.</source>
        <translation>Die Seite ist veraltet: Laden Sie sie neu.</translation>
    </message>
    <message>
        <source>Log in or send the API token.</source>
        <translation>Melden Sie sich an oder senden Sie das API-Token.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Zugangspasswort</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>Die Anfrage ist fehlerhaft.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a link. Paste a link that starts with http:// or https://.</source>
        <translation>Das ist kein Link. Fügen Sie einen Link ein, der mit http:// oder https:// beginnt.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpNotice</name>
    <message>
        <source>Update yt-dlp</source>
        <translation>yt-dlp aktualisieren</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>yt-dlp notice</source>
        <translation>yt-dlp-Hinweis</translation>
    </message>
    <message>
        <source>yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.</source>
        <translation>yt-dlp ist nicht installiert, daher können Links zu YouTube und anderen Videoseiten nicht konvertiert werden.</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Das neueste yt-dlp wird heruntergeladen…</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>U&amp;pdate yt-dlp</source>
        <translation>yt-dlp ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Update yt-dlp</source>
        <translation>yt-dlp aktualisieren</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp release, check it against the release&apos;s checksums and install it for TuneDrop.</source>
        <translation>Die neueste yt-dlp-Version herunterladen, mit den Prüfsummen der Version abgleichen und für TuneDrop installieren.</translation>
    </message>
    <message>
        <source>Roll Bac&amp;k</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Roll back to the previous yt-dlp</source>
        <translation>Auf das vorherige yt-dlp zurücksetzen</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Verwendet:</translation>
    </message>
    <message>
        <source>JavaScript runtime:</source>
        <translation>JavaScript-Laufzeitumgebung:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>No sign-in cookies</source>
        <translation>Keine Anmelde-Cookies</translation>
    </message>
    <message>
        <source>Imported cookies.t&amp;xt</source>
        <translation>Importierte cookies.t&amp;xt</translation>
    </message>
    <message>
        <source>Use the imported cookies.txt</source>
        <translation>Die importierte cookies.txt verwenden</translation>
    </message>
    <message>
        <source>&amp;Read from a browser</source>
        <translation>Aus einem Browser &amp;lesen</translation>
    </message>
    <message>
        <source>Read cookies from a browser</source>
        <translation>Cookies aus einem Browser lesen</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a cookies.txt file</source>
        <translation>Eine cookies.txt-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget the imported cookies</source>
        <translation>Die importierten Cookies entfernen</translation>
    </message>
    <message>
        <source>Browser to read cookies from</source>
        <translation>Browser, aus dem die Cookies gelesen werden</translation>
    </message>
    <message>
        <source>A browser name, optionally with a profile: chrome:Profile 1</source>
        <translation>Ein Browsername, optional mit Profil: chrome:Profile 1</translation>
    </message>
    <message>
        <source>Brow&amp;ser:</source>
        <translation>&amp;Browser:</translation>
    </message>
    <message>
        <source>Sign-in cookies:</source>
        <translation>Anmelde-Cookies:</translation>
    </message>
    <message>
        <source>Import Sign-in Cookies</source>
        <translation>Anmelde-Cookies importieren</translation>
    </message>
    <message>
        <source>Cookie files (*.txt);;All files (*)</source>
        <translation>Cookie-Dateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Das neueste yt-dlp wird heruntergeladen…</translation>
    </message>
    <message>
        <source>The yt-dlp program chosen above is still the one used; clear that field to use this copy.</source>
        <translation>Es wird weiterhin das oben gewählte yt-dlp-Programm verwendet; leeren Sie das Feld, um diese Kopie zu verwenden.</translation>
    </message>
    <message>
        <source>The imported cookies are removed from the keychain.</source>
        <translation>Die importierten Cookies wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The cookies could not be removed: %1</source>
        <translation>Die Cookies konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Imported cookies are kept in the system keychain, never in the settings file; yt-dlp gets a private copy only while it runs.</source>
        <translation>Importierte Cookies werden im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei; yt-dlp erhält nur während der Ausführung eine private Kopie.</translation>
    </message>
    <message>
        <source>For sites that ask you to sign in: export cookies.txt from your browser and import it, or let yt-dlp read them from the browser.</source>
        <translation>Für Websites, die eine Anmeldung verlangen: Exportieren Sie cookies.txt aus Ihrem Browser und importieren Sie die Datei, oder lassen Sie yt-dlp die Cookies aus dem Browser lesen.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpStatus</name>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>%1, the program chosen in Settings (%2)</source>
        <translation>%1, das in den Einstellungen gewählte Programm (%2)</translation>
    </message>
    <message>
        <source>%1, the copy TuneDrop keeps up to date (%2)</source>
        <translation>%1, die von TuneDrop aktuell gehaltene Kopie (%2)</translation>
    </message>
    <message>
        <source>%1, installed on the system (%2)</source>
        <translation>%1, im System installiert (%2)</translation>
    </message>
    <message>
        <source>Not found. Use Update yt-dlp to install it for TuneDrop.</source>
        <translation>Nicht gefunden. Verwenden Sie „yt-dlp aktualisieren“, um es für TuneDrop zu installieren.</translation>
    </message>
    <message numerus="yes">
        <source>This yt-dlp is %n day(s) old; sites like YouTube change often and need a recent one.</source>
        <translation>
            <numerusform>Dieses yt-dlp ist %n Tag alt; Websites wie YouTube ändern sich oft und brauchen eine aktuelle Version.</numerusform>
            <numerusform>Dieses yt-dlp ist %n Tage alt; Websites wie YouTube ändern sich oft und brauchen eine aktuelle Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).</source>
        <translation>%1; dieses yt-dlp ist dafür zu alt (2025.11.12 oder neuer nötig).</translation>
    </message>
</context>
<context>
    <name>tunedrop::cookies</name>
    <message>
        <source>This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the cookies with a &quot;cookies.txt&quot; browser add-on and import that file.</source>
        <translation>Dies ist keine Netscape-cookies.txt-Datei (Zeile %1 ist kein Cookie). Exportieren Sie die Cookies mit einem Browser-Add-on wie „cookies.txt“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>This cookies.txt file holds no cookies.</source>
        <translation>Diese cookies.txt-Datei enthält keine Cookies.</translation>
    </message>
    <message>
        <source>Choose one of these browsers: %1.</source>
        <translation>Wählen Sie einen dieser Browser: %1.</translation>
    </message>
</context>
</TS>
