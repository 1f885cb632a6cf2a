import sys
greeting = 'hello'
print('script ran with', sys.argv[1:])
