/** First and family names for demo people: mostly Bulgarian, some international, all ASCII. */

export const BULGARIAN_MALE_FIRST_NAMES = [
  'Georgi', 'Ivan', 'Dimitar', 'Nikolay', 'Petar', 'Aleksandar', 'Hristo', 'Stoyan', 'Martin', 'Viktor',
  'Kaloyan', 'Boris', 'Todor', 'Yordan', 'Stefan', 'Vasil', 'Radoslav', 'Kristian', 'Atanas', 'Plamen',
  'Tsvetan', 'Emil', 'Momchil', 'Bozhidar', 'Deyan',
] as const;

export const BULGARIAN_FEMALE_FIRST_NAMES = [
  'Maria', 'Elena', 'Ivana', 'Desislava', 'Gergana', 'Tsvetelina', 'Viktoria', 'Nikol', 'Yoana', 'Radostina',
  'Kalina', 'Mila', 'Teodora', 'Simona', 'Aleksandra', 'Petya', 'Silvia', 'Bilyana', 'Dimitrina', 'Ralitsa',
  'Vesela', 'Boryana', 'Neli', 'Antonia', 'Kristina',
] as const;

/** Male forms; the female form adds "a" (Ivanov → Ivanova). */
export const BULGARIAN_FAMILY_NAMES = [
  'Ivanov', 'Petrov', 'Georgiev', 'Dimitrov', 'Nikolov', 'Stoyanov', 'Hristov', 'Todorov', 'Angelov', 'Kolev',
  'Yordanov', 'Atanasov', 'Popov', 'Marinov', 'Stefanov', 'Iliev', 'Kostov', 'Vasilev', 'Mihaylov', 'Pavlov',
  'Dobrev', 'Tsvetkov', 'Zhelyazkov', 'Kirov', 'Slavov', 'Raykov', 'Bonev', 'Lazarov', 'Penev', 'Valchev',
] as const;

/** Names of international students and staff, grouped by origin so first and family names fit together. */
export const INTERNATIONAL_NAME_GROUPS: readonly { first: readonly string[]; family: readonly string[] }[] = [
  { first: ['Mehmet', 'Emre', 'Ayse', 'Elif', 'Murat'], family: ['Demir', 'Kaya', 'Yilmaz', 'Celik', 'Sahin'] },
  { first: ['Nikos', 'Giorgos', 'Eleni', 'Katerina'], family: ['Georgiou', 'Christodoulou', 'Antoniou'] },
  { first: ['Olena', 'Andriy', 'Iryna', 'Taras'], family: ['Kovalenko', 'Shevchenko', 'Melnyk', 'Bondarenko'] },
  { first: ['Andrei', 'Ioana', 'Mihai', 'Elena'], family: ['Popescu', 'Ionescu', 'Dumitru'] },
  { first: ['Lukas', 'Jonas', 'Lea', 'Anna'], family: ['Schneider', 'Muller', 'Fischer', 'Weber'] },
  { first: ['Arjun', 'Priya', 'Rohan', 'Ananya'], family: ['Sharma', 'Patel', 'Iyer', 'Reddy'] },
  { first: ['Luca', 'Giulia', 'Marco', 'Sara'], family: ['Rossi', 'Bianchi', 'Ricci'] },
  { first: ['Pablo', 'Lucia', 'Javier', 'Carmen'], family: ['Garcia', 'Martinez', 'Lopez'] },
  { first: ['Ahmed', 'Omar', 'Layla', 'Yasmin'], family: ['Haddad', 'Hassan', 'Khalil'] },
  { first: ['Marko', 'Jelena', 'Nikola', 'Milica'], family: ['Petrovic', 'Jovanovic', 'Markovic'] },
];
