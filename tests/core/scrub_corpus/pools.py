"""Made-up values planted in the scrubber corpus. Every person, place, number and address is invented;
phone numbers use fictional ranges, domains are example.* or invented."""

from __future__ import annotations

# Clients: (first, last); several first names are also English words.
CLIENTS_EN = [("Hope", "Fairbairn"), ("Will", "Sandoval"), ("Rose", "Halloran"), ("Grace", "Okafor"),
              ("An", "Nguyen"), ("Faith", "Lindqvist"), ("Mark", "Abernethy"), ("Dawn", "Petrakis"),
              ("Maria", "Lopez"), ("Jonah", "Castellan"), ("Priya", "Raman"), ("Tobias", "Wexford"),
              ("Amber", "Dunmore"), ("Kwame", "Mensah"), ("Sunniva", "Rautio"), ("José", "Quispe"),
              ("Zoë", "Marchetti"), ("Chloé", "Delacroix"), ("Bill", "Hollingsworth"), ("Joy", "Achterberg")]
CLIENTS_DE = [("Jürgen", "Schneider"), ("Anneliese", "Müller"), ("Hoffnung", "Brandauer"), ("Lena", "Hoffmann"),
              ("Sören", "Becker"), ("Ilse", "Wagner"), ("Dörte", "Kowalczyk"), ("Matthias", "Terhorst"),
              ("Özlem", "Yilmaz"), ("Rosa", "Fischer"), ("Björn", "Schulz"), ("Käthe", "Braun")]
# People in the client's life the vault does not list.
RELATIVES_EN = ["Carl", "Denise", "Marcus", "Tammy", "Ray", "Bethany", "Dwayne", "Lorraine", "Kevin", "Shauna",
                "Rick", "Patrice", "Glen", "Wanda", "Trevor", "Colleen", "Duncan", "Mildred", "Hank", "Rhonda"]
SURNAMES_EN = ["Sandoval", "Kirkbride", "Ostrowski", "Pemberton", "Castillo", "Vandermeer", "Oyelaran", "Baxter",
               "Featherstone", "Moreno", "Whitlock", "Haddad"]
RELATIVES_DE = ["Klaus", "Birgit", "Uwe", "Heike", "Dieter", "Sabine", "Thorsten", "Gudrun", "Ralf", "Petra",
                "Detlef", "Ulrike", "Horst", "Monika"]
SURNAMES_DE = ["Schmitz", "Kaminski", "Oberländer", "Wiesenthal", "Grabowski", "Lindemann", "Reuter", "Hegemann"]
NICKNAMES = ["Bubba", "Sunny", "Tiny", "Nugget", "Bear", "Sissy", "Junior", "Princess", "Moose", "Peanut",
             "Buddy", "Skip", "Sugar", "Ace"]
NICKNAMES_DE = ["Mausi", "Schatzi", "Bärchen", "Hasi", "Spatz", "Kleiner", "Dicker", "Püppi"]
EMPLOYERS_EN = ["Halloran Logistics", "Target", "Brightwater Bakery", "St Mary's Hospital", "Kessler & Doyle",
                "Amazon", "the Pemberton Group", "Walmart", "Northgate Academy", "Redfern Mills", "Costco",
                "Quayside Dental", "Boots"]
EMPLOYERS_DE = ["Siemens", "Kaufland", "Bäckerei Lindemann", "Autohaus Reuter", "Lidl", "Spedition Grabowski",
                "Stadtwerke Bielefeld", "Edeka", "Klinikum Oberhausen"]
CITIES_EN = ["Boston", "Leeds", "Eastbridge", "Worcester", "Tacoma", "Dayton", "Swindon", "Glenhollow",
             "Sacramento", "Plymouth", "Fort Hood", "Kandahar", "Aleppo", "Camp Lejeune", "Fallujah",
             "Rotherham", "Bakersfield", "Moss Side"]
CITIES_DE = ["Bielefeld", "Oberhausen", "Hamburg", "Gelsenkirchen", "Wuppertal", "Rostock", "Castrop-Rauxel",
             "Paderborn", "Kassel", "Neukölln", "Marzahn", "Lüdenscheid"]
STREETS_EN = ["Elm Street", "Wickham Lane", "Marlowe Avenue", "Bramble Road", "Quayside Court", "Larkspur Drive",
              "Fennel Way", "Orchard Row", "Kestrel Close", "Juniper Terrace", "Millbrook Road", "Hollis Street"]
STREETS_DE = ["Hauptstraße", "Lindenweg", "Bahnhofstraße", "Am Kirchplatz", "Schillerstraße", "Gartenstraße",
              "Birkenallee", "Mühlengasse", "Goethestr."]
STATES = ["MA", "WA", "OH", "CA", "TX", "NY"]
DOMAINS = ["example.org", "example.net", "example.com", "example.de", "mail.example.co.uk"]
